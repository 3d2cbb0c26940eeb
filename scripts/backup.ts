// `npm run backup -- <file>`: a consistent online backup of DATABASE_URL (the server may keep
// running) through SQLite's backup API, and a signed audit checkpoint beside it (<file>.checkpoint.json).
import fs from "node:fs";
import { databaseFile, databaseTarget, openDatabase } from "../db/client";
import { backupDatabase } from "./backup-restore";

async function main(): Promise<number> {
  const destination = process.argv[2];
  if (!destination || destination.startsWith("-")) {
    console.error("Usage: npm run backup -- <file>   (a new file, away from the data folder)");
    return 2;
  }
  if (databaseTarget().dialect === "postgresql") {
    console.error("npm run backup copies a SQLite file. On PostgreSQL, back up with pg_dump (e.g. pg_dump --format=custom) and keep AUDIT_KEYRING apart from the dump; `npm run audit:verify` checks the chain of a restored database.");
    return 2;
  }
  const file = databaseFile();
  if (file === ":memory:" || !fs.existsSync(file)) {
    console.error(`No database at ${file}`);
    return 2;
  }
  const source = openDatabase(file);
  try {
    const result = await backupDatabase(source, destination);
    result.warnings.forEach((warning) => console.warn(`Warning: ${warning}`));
    console.log(`Backup written to ${result.file}: audit chain verified, ${result.checkpoint.rows} rows.`);
    console.log(`Checkpoint (row ${result.checkpoint.seq}, key ${result.checkpoint.keyId}) written to ${result.checkpointFile}.`);
    console.log("Keep the audit keyring and the auth secret apart from this backup.");
    return 0;
  } finally {
    source.$client.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : "The backup failed.");
    process.exit(1);
  },
);
