// `npm run db:check`: fails when a schema and its committed migrations disagree, for both dialects
// (db/schema.ts → db/migrations, db/schema.pg.ts → db/migrations-pg), by asking drizzle-kit to
// generate into a scratch copy and accepting only its explicit "no changes". That the two schemas
// agree with each other is db/schema-drift.test.ts's job.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const DIALECTS = [
  { name: "SQLite", schema: "db/schema.ts", folder: "db/migrations", config: "drizzle.config.ts" },
  { name: "PostgreSQL", schema: "db/schema.pg.ts", folder: "db/migrations-pg", config: "drizzle.pg.config.ts" },
];

let failed = false;
for (const dialect of DIALECTS) {
  // drizzle-kit treats `out` as relative to the project, so the scratch copy lives inside it.
  const scratch = `node_modules/.cache/crisisnote-migration-check-${dialect.name.toLowerCase()}`;
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  fs.cpSync(dialect.folder, scratch, { recursive: true });
  const result = spawnSync("node_modules/.bin/drizzle-kit", ["generate", "--config", dialect.config], {
    env: { ...process.env, DRIZZLE_OUT: scratch },
    encoding: "utf8",
  });
  const output = `${result.stdout}\n${result.stderr}`;
  fs.rmSync(scratch, { recursive: true, force: true });
  if (result.status !== 0 || !output.includes("No schema changes")) {
    console.error(output);
    console.error(`${dialect.schema} and ${dialect.folder} disagree. Run \`npm run db:generate\` and commit the migration.`);
    failed = true;
  } else {
    console.log(`${dialect.name}: schema and committed migrations agree.`);
  }
}
if (failed) process.exit(1);
