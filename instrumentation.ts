/**
 * Runs once when the server starts. SQLite: take the database's instance lock (a restore in
 * progress keeps the server from starting; scripts/restore.ts refuses while the server holds it).
 * PostgreSQL: check the audit keyring is in the environment. Then bring the schema up to date (on
 * PostgreSQL under an advisory lock, so instances starting together apply it once) and make sure
 * the audit chain is keyed (db/audit-chain.ts sealAuditChain).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads this too; the build must not create or migrate a database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { databaseTarget, getDb, migrateDatabase } = await import("./db/client");
  const { sealAuditChain } = await import("./db/audit-chain");
  const target = databaseTarget();
  if (target.dialect === "sqlite" && target.file !== ":memory:") {
    const { holdInstanceLock } = await import("./server/instance-lock");
    const lock = await holdInstanceLock(target.file, "server");
    if ("heldBy" in lock) {
      if (lock.heldBy.startsWith("restore")) throw new Error(`A restore is replacing ${target.file} (${lock.heldBy}): start the server when it has finished.`);
      console.error(`Another server (${lock.heldBy}) already serves ${target.file}; a restore will wait for both to stop.`);
    }
  }
  if (target.dialect === "postgresql" && !process.env.AUDIT_KEYRING) {
    const { KeyringNotInEnvironmentError } = await import("./db/audit-keyring");
    throw new KeyringNotInEnvironmentError();
  }
  const db = getDb();
  await migrateDatabase(db);
  try {
    const { sealedLegacyRows } = await sealAuditChain(db);
    if (sealedLegacyRows > 0) console.warn(`Audit chain keyed: its first ${sealedLegacyRows} rows were written before keying and stay verifiable as SHA-256 rows.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : "The audit chain could not be keyed.");
    throw error;
  }
}
