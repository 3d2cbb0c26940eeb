// `npm run db:migrate`: apply committed migrations to the database named by DATABASE_URL.
// `npm run db:migrate -- --vacuum` then rebuilds the file, so the space a migration freed (the
// guidance copies of 0014, for instance) leaves the file instead of waiting for reuse.
import { databaseFile, migrateDatabase, openDatabase } from "../db/client";

const file = databaseFile();
const db = openDatabase(file);
migrateDatabase(db);
console.log(`Migrations applied to ${file}`);
if (process.argv.includes("--vacuum")) {
  db.$client.exec("VACUUM");
  console.log(`${file} vacuumed`);
}
db.$client.close();
