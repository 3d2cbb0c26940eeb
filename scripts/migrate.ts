// `npm run db:migrate`: apply committed migrations to the database named by DATABASE_URL, then
// make sure its audit chain is keyed (as the server does when it starts).
// `npm run db:migrate -- --vacuum` then rebuilds the file, so the space a migration freed (the
// guidance copies of 0018, for instance) leaves the file instead of waiting for reuse.
import { sealAuditChain } from "../db/audit-chain";
import { databaseFile, migrateDatabase, openDatabase } from "../db/client";

const file = databaseFile();
const db = openDatabase(file);
migrateDatabase(db);
sealAuditChain(db).then(
  ({ sealedLegacyRows }) => {
    console.log(`Migrations applied to ${file}`);
    if (sealedLegacyRows > 0) console.log(`Audit chain keyed: its first ${sealedLegacyRows} rows stay verifiable as SHA-256 rows.`);
    if (process.argv.includes("--vacuum")) {
      db.$client.exec("VACUUM");
      console.log(`${file} vacuumed`);
    }
    db.$client.close();
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : "The audit chain could not be keyed.");
    process.exit(1);
  },
);
