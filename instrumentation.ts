/**
 * Runs once when the server starts: take the database's instance lock (a restore in progress
 * keeps the server from starting; scripts/restore.ts refuses while the server holds it), bring the
 * schema up to date, then make sure the audit chain is keyed (db/audit-chain.ts sealAuditChain).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads this too; the build must not create or migrate a database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { databaseFile, getDb, migrateDatabase } = await import("./db/client");
  const { sealAuditChain } = await import("./db/audit-chain");
  const { holdInstanceLock } = await import("./server/instance-lock");
  const file = databaseFile();
  if (file !== ":memory:") {
    const lock = await holdInstanceLock(file, "server");
    if ("heldBy" in lock) {
      if (lock.heldBy.startsWith("restore")) throw new Error(`A restore is replacing ${file} (${lock.heldBy}): start the server when it has finished.`);
      console.error(`Another server (${lock.heldBy}) already serves ${file}; a restore will wait for both to stop.`);
    }
  }
  const db = getDb();
  migrateDatabase(db);
  try {
    const { sealedLegacyRows } = await sealAuditChain(db);
    if (sealedLegacyRows > 0) console.warn(`Audit chain keyed: its first ${sealedLegacyRows} rows were written before keying and stay verifiable as SHA-256 rows.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : "The audit chain could not be keyed.");
    throw error;
  }
}
