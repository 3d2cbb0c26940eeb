#!/usr/bin/env node
// `npm run test:e2e:pg`: the PostgreSQL end-to-end project (playwright.pg.config.ts) on a
// throwaway cluster (scripts/pg-cluster.mjs), removed afterwards. Without PostgreSQL's binaries it
// is skipped, loudly, on a developer's machine, and fails under CI (CI or CRISISNOTE_REQUIRE_POSTGRES
// set; .ci/run installs them).
// Extra arguments go to Playwright (a spec file, --headed …).
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startCluster } from "./pg-cluster.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// E2E_PG_DB_PORT pins the cluster's port (default: a free one).
const cluster = await startCluster({ port: Number(process.env.E2E_PG_DB_PORT) || undefined });
if (!cluster) {
  const message = "PostgreSQL's binaries (initdb, pg_ctl) are not installed: the PostgreSQL end-to-end tests (two app instances on one database) did not run.";
  if (process.env.CI || process.env.CRISISNOTE_REQUIRE_POSTGRES) {
    console.error(`${message} CI must run them: install Debian's postgresql package.`);
    process.exit(1);
  }
  console.warn(`\n*** SKIPPED: ${message} Install PostgreSQL (Debian: apt-get install postgresql) to run them. ***\n`);
  process.exit(0);
}

const playwright = spawn(path.join(root, "node_modules", ".bin", "playwright"), ["test", "-c", "playwright.pg.config.ts", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, TEST_DATABASE_URL: cluster.url, NODE_OPTIONS: "--conditions=react-server" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => playwright.kill(signal));
const status = await new Promise((resolve) => playwright.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
cluster.stop();
process.exit(status);
