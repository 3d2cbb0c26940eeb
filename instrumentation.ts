/** Runs once when the server starts: bring the database schema up to date before any request. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads this too; the build must not create or migrate a database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDb, migrateDatabase } = await import("./db/client");
  migrateDatabase(getDb());
}
