// `npm run audit:rotate-key`: adds a new key to the audit keyring beside DATABASE_URL and makes it
// the one new rows are hashed with; the old keys stay, so every older row still verifies. The
// rotation is itself a row of the chain, the first under the new key. A running server picks the
// new key up before its next row. With AUDIT_KEYRING set, prints the new keyring JSON to put in
// the environment of every instance instead (then restart them). `--new` prints a new keyring
// for a new installation that keeps it in the environment (PostgreSQL mode).
import fs from "node:fs";
import { recordKeyRotation } from "../db/audit-chain";
import { AUDIT_KEYRING_ENV, keyringFileFor, newKeyring, parseKeyring, readKeyringFile, rotatedKeyring, serializeKeyring, writeKeyringFile } from "../db/audit-keyring";
import { databaseFile, databaseTarget, openDatabase } from "../db/client";

async function main(): Promise<number> {
  if (process.argv.includes("--new")) {
    console.error(`A new audit keyring (secret!): put it in ${AUDIT_KEYRING_ENV} for every instance, and keep a copy apart from the backups.`);
    process.stdout.write(serializeKeyring(newKeyring()));
    return 0;
  }
  const environment = process.env[AUDIT_KEYRING_ENV];
  if (environment) {
    const next = rotatedKeyring(parseKeyring(environment, AUDIT_KEYRING_ENV));
    console.error(`${AUDIT_KEYRING_ENV} is set: put this keyring (secret!) in place of it for every instance, then restart them. New key: ${next.currentId}.`);
    process.stdout.write(serializeKeyring(next));
    return 0;
  }
  if (databaseTarget().dialect === "postgresql") {
    console.error(`On PostgreSQL the audit keyring lives in ${AUDIT_KEYRING_ENV}: run this with the current keyring in ${AUDIT_KEYRING_ENV} to get the rotated one (or --new for a new installation).`);
    return 2;
  }
  const file = databaseFile();
  if (file === ":memory:" || !fs.existsSync(file)) {
    console.error(`No database at ${file}`);
    return 2;
  }
  const keyringFile = keyringFileFor(file);
  const before = readKeyringFile(keyringFile);
  const next = rotatedKeyring(before);
  // The file first, then the row: any row written after this one is written under the new key.
  writeKeyringFile(keyringFile, next);
  await recordKeyRotation(openDatabase(file), { from: before.currentId, to: next.currentId });
  console.log(`Audit key rotated: new rows are hashed with ${next.currentId}; ${before.keys.length} older key(s) kept in ${keyringFile} to verify older rows.`);
  console.log("Copy the keyring to where you keep it (apart from the backups).");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : "The rotation failed.");
    process.exit(1);
  },
);
