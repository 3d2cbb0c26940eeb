#!/usr/bin/env node
// `npm run test:unit:pg`: the data-layer tests (db/) against a real PostgreSQL server — a
// throwaway cluster in a temporary directory (scripts/pg-cluster.mjs), started for this run and
// removed after it. Without PostgreSQL's binaries the run is skipped with a warning on a developer's
// machine, and fails in CI (CI or CRISISNOTE_REQUIRE_POSTGRES set; .ci/run installs them).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const NO_POSTGRES_EXIT = 3;
const extra = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  [path.join(root, "scripts", "pg-cluster.mjs"), "run", "--", path.join(root, "node_modules", ".bin", "vitest"), "run", ...(extra.length > 0 ? extra : ["db/"])],
  { cwd: root, stdio: "inherit" },
);
if (result.status === NO_POSTGRES_EXIT) {
  const banner = "=".repeat(78);
  if (process.env.CI || process.env.CRISISNOTE_REQUIRE_POSTGRES) {
    console.error(`${banner}\nPostgreSQL is not installed: the data-layer tests did NOT run against PostgreSQL.\nCI must run them (.ci/run installs Debian's postgresql package).\n${banner}`);
    process.exit(1);
  }
  console.warn(`${banner}\nSKIPPED: the data-layer tests on PostgreSQL (no initdb/pg_ctl found).\nInstall PostgreSQL (Debian: apt-get install postgresql) to run them.\n${banner}`);
  process.exit(0);
}
process.exit(result.status ?? 1);
