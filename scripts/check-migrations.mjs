// `npm run db:check`: fails when db/schema.ts and the committed migrations disagree, by asking
// drizzle-kit to generate into a scratch copy and accepting only its explicit "no changes".
import { spawnSync } from "node:child_process";
import fs from "node:fs";

// drizzle-kit treats `out` as relative to the project, so the scratch copy lives inside it.
const scratch = "node_modules/.cache/crisisnote-migration-check";
fs.rmSync(scratch, { recursive: true, force: true });
fs.mkdirSync(scratch, { recursive: true });
fs.cpSync("db/migrations", scratch, { recursive: true });
const result = spawnSync("node_modules/.bin/drizzle-kit", ["generate"], {
  env: { ...process.env, DRIZZLE_OUT: scratch },
  encoding: "utf8",
});
const output = `${result.stdout}\n${result.stderr}`;
fs.rmSync(scratch, { recursive: true, force: true });
if (result.status !== 0 || !output.includes("No schema changes")) {
  console.error(output);
  console.error("db/schema.ts and db/migrations disagree. Run `npm run db:generate` and commit the migration.");
  process.exit(1);
}
console.log("Schema and committed migrations agree.");
