import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// Algorithm is a const enum the isolated-modules build cannot read: 2 is Argon2id.
const ARGON2ID = 2;
// OWASP password storage guidance: argon2id, 19 MiB memory, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so response times do not reveal which emails exist. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("crisisnote-timing-equaliser");
  await verifyPassword(await dummyHash, password);
  return false;
}

// No 0/O, 1/l/I: temporary passwords are read aloud or copied by hand.
const READABLE = "abcdefghjkmnpqrstuvwxyz23456789";

/** 16 characters from a 31-letter alphabet (~79 bits), grouped for reading: `abcd-efgh-jkmn-pqrs`. */
export function generateTemporaryPassword(): string {
  const chars = Array.from({ length: 16 }, () => READABLE[randomInt(READABLE.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}
