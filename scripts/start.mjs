#!/usr/bin/env node
// `npm start` / `npm run demo`: build when the sources changed since the last build, make sure
// the data directory and the auth secret exist (SQLite) or that the environment holds the shared
// secrets (PostgreSQL; see scripts/start-environment.mjs), then serve the production build.
// Migrations are applied by instrumentation.ts when the server starts.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startPlan } from "./start-environment.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const demo = process.argv.includes("--demo");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (demo) env.DATABASE_URL = "file:./data/demo.db";
env.DATABASE_URL ??= "file:./data/crisisnote.db";
const port = env.PORT ?? "3000";
env.NEXTAUTH_URL ??= `http://localhost:${port}`;

// Decided before building: a wrong URL or a missing secret should not cost a build first.
const plan = startPlan(env, root);
if (!plan.ok) {
  console.error(plan.message);
  process.exit(2);
}

/** The secret that signs sessions (SQLite): from the environment, else made once and kept beside the database. */
function ensureSecret(dataDir) {
  if (plan.secret) return plan.secret;
  const file = path.join(dataDir, ".auth-secret");
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  fs.chmodSync(file, 0o600);
  return fs.readFileSync(file, "utf8").trim();
}

const SOURCE_ENTRIES = ["app", "components", "db", "lib", "server", "types", "public", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];

/** A fingerprint of everything the build depends on (paths, sizes, modification times). */
function sourceFingerprint() {
  const hash = crypto.createHash("sha256");
  const visit = (relative) => {
    const full = path.join(root, relative);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) {
        if (!name.endsWith(".test.ts")) visit(path.join(relative, name));
      }
    } else {
      hash.update(`${relative}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  SOURCE_ENTRIES.forEach(visit);
  return hash.digest("hex");
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const stampFile = path.join(root, ".next", "crisisnote-build-stamp");
const fingerprint = sourceFingerprint();
const built = fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === fingerprint;
if (!built) {
  console.log("Building Crisisnote (first start or sources changed)…");
  run(path.join(root, "node_modules", ".bin", "next"), ["build"]);
  fs.writeFileSync(stampFile, fingerprint);
}
// `npm test` builds once, checks the browser bundles, then the e2e server reuses the build.
if (process.argv.includes("--build-only")) process.exit(0);

if (plan.dialect === "sqlite") {
  const dataDir = path.dirname(plan.databaseFile);
  fs.mkdirSync(dataDir, { recursive: true });
  env.NEXTAUTH_SECRET = ensureSecret(dataDir);
} else {
  // PostgreSQL: no data folder; every instance gets the same secrets from its environment.
  env.NEXTAUTH_SECRET = plan.secret;
}

if (demo) run(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/seed-demo.ts"]);

// Our own small server around Next's handler, so the app sees each request's real peer address.
const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], { cwd: root, env: { ...env, NODE_ENV: "production", PORT: port }, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
