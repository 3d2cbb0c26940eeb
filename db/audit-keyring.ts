import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { type Db, dialectOf, rootDb } from "./client";

/**
 * The audit chain's keys. They live outside the database file (and so outside its backups): by
 * default `.audit-keyring.json` beside the database, mode 600, made on first start; or the
 * `AUDIT_KEYRING` environment variable (the same JSON), which wins, for instances that share one
 * database. Keys are kept in the order they were made; the newest named `current` signs new rows.
 * Rotating adds a key and never removes one, so every older row stays verifiable.
 */
export type AuditKey = { id: string; secret: Buffer; createdAt: string };
export type AuditKeyring = { currentId: string; keys: AuditKey[] };

export const AUDIT_KEYRING_ENV = "AUDIT_KEYRING";
export const AUDIT_KEYRING_FILE_NAME = ".audit-keyring.json";

const keyringJson = z
  .object({
    current: z.string().min(1),
    keys: z
      .array(
        z.object({
          id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
          secret: z.string().regex(/^[A-Za-z0-9_-]{43,}$/, "a secret of at least 32 bytes, base64url"),
          createdAt: z.string(),
        }),
      )
      .min(1),
  })
  .refine((ring) => ring.keys.some((key) => key.id === ring.current), "current must name one of the keys")
  .refine((ring) => new Set(ring.keys.map((key) => key.id)).size === ring.keys.length, "key ids must be unique");

export function parseKeyring(text: string, source: string): AuditKeyring {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`The audit keyring in ${source} is not JSON.`);
  }
  const parsed = keyringJson.safeParse(raw);
  if (!parsed.success) throw new Error(`The audit keyring in ${source} is not valid: ${parsed.error.issues[0]?.message ?? "unknown shape"}.`);
  return {
    currentId: parsed.data.current,
    keys: parsed.data.keys.map((key) => ({ id: key.id, secret: Buffer.from(key.secret, "base64url"), createdAt: key.createdAt })),
  };
}

export function serializeKeyring(keyring: AuditKeyring): string {
  const keys = keyring.keys.map((key) => ({ id: key.id, secret: key.secret.toString("base64url"), createdAt: key.createdAt }));
  return `${JSON.stringify({ current: keyring.currentId, keys }, null, 2)}\n`;
}

/** A fresh key; its id tells when it was made (ids are never reused, so a random tail). */
export function newAuditKey(now: Date = new Date()): AuditKey {
  const day = now.toISOString().slice(0, 10).replaceAll("-", "");
  return { id: `k${day}-${randomBytes(4).toString("hex")}`, secret: randomBytes(32), createdAt: now.toISOString() };
}

export function newKeyring(): AuditKeyring {
  const key = newAuditKey();
  return { currentId: key.id, keys: [key] };
}

/** The keyring with a new key added and made current; the old keys stay. */
export function rotatedKeyring(keyring: AuditKeyring): AuditKeyring {
  const key = newAuditKey();
  return { currentId: key.id, keys: [...keyring.keys, key] };
}

export function currentKey(keyring: AuditKeyring): AuditKey {
  const key = keyring.keys.find((k) => k.id === keyring.currentId);
  if (!key) throw new Error("The audit keyring has no current key.");
  return key;
}

/** A key's place in the order keys were made, or -1 when the keyring does not hold it. */
export function keyIndex(keyring: AuditKeyring, id: string): number {
  return keyring.keys.findIndex((key) => key.id === id);
}

export function keyringFileFor(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), AUDIT_KEYRING_FILE_NAME);
}

/** Writes the whole file at once (temporary file + rename), readable by its owner only. */
export function writeKeyringFile(file: string, keyring: AuditKeyring): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, serializeKeyring(keyring), { mode: 0o600 });
  fs.renameSync(temporary, file);
}

/** Makes the keyring file when there is none (first start); true when it made one. */
export function ensureKeyringFile(file: string): boolean {
  try {
    fs.writeFileSync(file, serializeKeyring(newKeyring()), { mode: 0o600, flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** The keyring file is not there (and no environment variable names the keys). */
export class MissingKeyringError extends Error {
  readonly file: string;

  constructor(file: string) {
    super(`No audit keyring at ${file} (nor ${AUDIT_KEYRING_ENV} in the environment): put back the copy you keep apart from the backups.`);
    this.file = file;
  }
}

export function readKeyringFile(file: string): AuditKeyring {
  if (!fs.existsSync(file)) throw new MissingKeyringError(file);
  return parseKeyring(fs.readFileSync(file, "utf8"), file);
}

/**
 * On PostgreSQL there is no file beside the database (and several instances share it): the
 * keyring comes from AUDIT_KEYRING only, and its absence is an error, never a new keyring.
 */
export class KeyringNotInEnvironmentError extends Error {
  constructor() {
    super(`PostgreSQL mode needs the audit keyring in ${AUDIT_KEYRING_ENV} (the same JSON for every instance; a new installation makes one with \`npm run audit:rotate-key -- --new\`): the audit chain cannot be written or verified without it.`);
  }
}

/** The keyring the server uses for a database file, read without opening the database. */
export function keyringForDatabaseFile(databaseFile: string): AuditKeyring {
  const text = process.env[AUDIT_KEYRING_ENV];
  if (text) return parseKeyring(text, AUDIT_KEYRING_ENV);
  return readKeyringFile(keyringFileFor(databaseFile));
}

type Bound = { keyring: AuditKeyring; stamp?: string };
const bound = new WeakMap<Db, Bound>();
let fromEnvironment: { text: string; keyring: AuditKeyring } | undefined;

/** Binds a keyring to a connection, ahead of the environment and the file (tests, restore checks). */
export function bindAuditKeyring(db: Db, keyring: AuditKeyring): void {
  bound.set(rootDb(db), { keyring });
}

const fileStamp = (stat: fs.Stats): string => `${stat.ino}:${stat.mtimeMs}:${stat.size}`;

/**
 * The keyring for a connection: one bound with bindAuditKeyring, else `AUDIT_KEYRING`, else the
 * file beside the database (re-read when it changes, so a rotation reaches a running server
 * before its next row; it is checked inside the write transaction, see db/audit.ts), else — only
 * for an in-memory database — a keyring of its own. Never creates the file (db/audit.ts
 * auditKeyringFor does, on a new installation only): throws MissingKeyringError. On PostgreSQL
 * only a bound keyring or AUDIT_KEYRING will do (KeyringNotInEnvironmentError).
 */
export function keyringOf(connection: Db): AuditKeyring {
  const db = rootDb(connection);
  const existing = bound.get(db);
  if (existing && existing.stamp === undefined) return existing.keyring;
  const text = process.env[AUDIT_KEYRING_ENV];
  if (text) {
    if (fromEnvironment?.text !== text) fromEnvironment = { text, keyring: parseKeyring(text, AUDIT_KEYRING_ENV) };
    return fromEnvironment.keyring;
  }
  if (dialectOf(db) === "postgresql") throw new KeyringNotInEnvironmentError();
  const databaseFile = db.$client.name;
  if (databaseFile === ":memory:" || databaseFile === "") {
    const own = { keyring: newKeyring() };
    bound.set(db, own);
    return own.keyring;
  }
  const file = keyringFileFor(databaseFile);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return readKeyringFile(file);
  }
  const stamp = fileStamp(stat);
  if (existing?.stamp === stamp) return existing.keyring;
  const keyring = readKeyringFile(file);
  bound.set(db, { keyring, stamp });
  return keyring;
}
