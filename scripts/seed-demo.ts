// Seeds ./data/demo.db for `npm run demo`; refuses to touch any other database.
import { databaseFile, migrateDatabase, openDatabase } from "../db/client";
import { seedDemoPractice } from "../db/demo-seed";

const file = databaseFile();
const db = openDatabase(file);
migrateDatabase(db)
  .then(() => seedDemoPractice(db, file))
  .then((outcome) => console.log(outcome === "seeded" ? "Demo practice seeded." : "Demo practice already present."))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
