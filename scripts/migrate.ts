// `npm run db:migrate`: apply committed migrations to the database named by DATABASE_URL (SQLite
// or PostgreSQL), then make sure its audit chain is keyed (as the server does when it starts).
// `npm run db:migrate -- --vacuum` then rebuilds a SQLite file, so the space a migration freed (the
// guidance copies of 0018, for instance) leaves the file instead of waiting for reuse.
import { sealAuditChain } from "../db/audit-chain";
import { closeDatabase, connect, databaseTarget, dialectOf, migrateDatabase, redactDatabaseUrl } from "../db/client";

async function main(): Promise<number> {
  const target = databaseTarget();
  const name = target.dialect === "sqlite" ? target.file : redactDatabaseUrl(target.url);
  const db = connect();
  try {
    await migrateDatabase(db);
    const { sealedLegacyRows } = await sealAuditChain(db);
    console.log(`Migrations applied to ${name}`);
    if (sealedLegacyRows > 0) console.log(`Audit chain keyed: its first ${sealedLegacyRows} rows stay verifiable as SHA-256 rows.`);
    if (process.argv.includes("--vacuum")) {
      if (dialectOf(db) === "sqlite") {
        db.$client.exec("VACUUM");
        console.log(`${name} vacuumed`);
      } else {
        console.log("--vacuum is for a SQLite file; PostgreSQL reclaims space with its own VACUUM (autovacuum).");
      }
    }
    return 0;
  } finally {
    await closeDatabase(db);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : "The migration failed.");
    process.exit(1);
  },
);
