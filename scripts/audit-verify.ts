// `npm run audit:verify [-- --checkpoint file.json]`: walk the audit chain of DATABASE_URL in
// chunks (constant memory); exit 1 naming the first altered, inserted or missing row, or when the
// chain no longer holds the checkpoint's row unchanged. Needs the audit keyring (the file beside
// the database, or AUDIT_KEYRING — the only place on PostgreSQL) that the server used.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { type AuditCheckpoint, parseCheckpoint } from "../lib/audit/checkpoint";
import { checkCheckpoint, verifyAuditChain } from "../db/audit-chain";
import { keyringOf } from "../db/audit-keyring";
import { type Db, closeDatabase, connect, databaseTarget } from "../db/client";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { checkpoint: { type: "string" } } });
  const target = databaseTarget();
  if (target.dialect === "sqlite" && target.file !== ":memory:" && !fs.existsSync(target.file)) {
    console.error(`No database at ${target.file}`);
    return 2;
  }
  const checkpoint = values.checkpoint === undefined ? undefined : parseCheckpoint(fs.readFileSync(values.checkpoint, "utf8"));
  if (checkpoint === null) {
    console.error(`${values.checkpoint ?? ""} is not an audit checkpoint.`);
    return 2;
  }
  const db = connect();
  try {
    return await verify(db, checkpoint);
  } finally {
    await closeDatabase(db);
  }
}

async function verify(db: Db, checkpoint: AuditCheckpoint | undefined): Promise<number> {
  const keyring = keyringOf(db);
  const verdict = await verifyAuditChain(db, keyring);
  if (!verdict.ok) {
    console.error(`Audit chain broken at row ${verdict.seq}: ${verdict.problem}.`);
    return 1;
  }
  console.log(`Audit chain intact: ${verdict.rows} rows verified.`);
  if (checkpoint) {
    const held = await checkCheckpoint(db, checkpoint, keyring);
    if (!held.ok) {
      console.error(`Checkpoint of row ${checkpoint.seq} (${checkpoint.at}) not held: ${held.problem}.`);
      return 1;
    }
    console.log(`Checkpoint of row ${checkpoint.seq} (${checkpoint.at}) held: the chain still contains it unchanged.`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : "Audit verification failed.");
    process.exit(2);
  },
);
