// `npm run db:migrate`: apply committed migrations to the database named by DATABASE_URL.
import { databaseFile, migrateDatabase, openDatabase } from "../db/client";

const file = databaseFile();
migrateDatabase(openDatabase(file));
console.log(`Migrations applied to ${file}`);
