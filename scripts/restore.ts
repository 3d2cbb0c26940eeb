// `npm run restore -- <backup> [--checkpoint file.json]`: replaces DATABASE_URL with a backup made
// by `npm run backup`. Refuses while the server runs on that database; verifies the backup's audit
// chain and its checkpoint with the audit keyring before putting it in place; sets the old
// database aside.
import { parseArgs } from "node:util";
import { keyringForDatabaseFile } from "../db/audit-keyring";
import { databaseFile, databaseTarget } from "../db/client";
import { RestoreRefused, restoreDatabase } from "./backup-restore";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { checkpoint: { type: "string" } }, allowPositionals: true });
  const backupFile = positionals[0];
  if (!backupFile) {
    console.error("Usage: npm run restore -- <backup> [--checkpoint <file>]");
    return 2;
  }
  if (databaseTarget().dialect === "postgresql") {
    console.error("npm run restore replaces a SQLite file. On PostgreSQL, restore a pg_dump with pg_restore into an empty database, then run `npm run audit:verify` (with AUDIT_KEYRING) before pointing the app at it.");
    return 2;
  }
  const target = databaseFile();
  const result = await restoreDatabase({ backupFile, target, keyring: keyringForDatabaseFile(target), checkpointFile: values.checkpoint });
  console.log(`Restored ${backupFile} to ${target}.`);
  console.log(`Audit chain verified (${result.verdict.rows} rows); checkpoint of row ${result.checkpoint.seq} (${result.checkpoint.at}) held.`);
  if (result.setAside) console.log(`The database it replaced was set aside as ${result.setAside}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : "The restore failed.");
    process.exit(error instanceof RestoreRefused ? 1 : 2);
  },
);
