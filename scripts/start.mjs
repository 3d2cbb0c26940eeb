#!/usr/bin/env node
// `npm start` / `npm run demo`: build when the sources changed since the last build, make sure
// the data directory and the auth secret exist, then serve the production build. Migrations are
// applied by instrumentation.ts when the server starts.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { UnsupportedDatabaseUrlError, parseDatabaseUrl } from "../db/database-url.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const demo = process.argv.includes("--demo");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (demo) env.DATABASE_URL = "file:./data/demo.db";
env.DATABASE_URL ??= "file:./data/crisisnote.db";
const port = env.PORT ?? "3000";
env.NEXTAUTH_URL ??= `http://localhost:${port}`;

/** What DATABASE_URL names; an unsupported URL stops here, before any build or file is made. */
function databaseTarget(url) {
  try {
    return parseDatabaseUrl(url, root);
  } catch (error) {
    if (!(error instanceof UnsupportedDatabaseUrlError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
const target = databaseTarget(env.DATABASE_URL);
if (target.dialect === "postgresql") {
  // Several instances share the database and nothing else: the secrets come from the environment.
  if (!env.NEXTAUTH_SECRET && !env.AUTH_SECRET) {
    console.error("PostgreSQL mode: set NEXTAUTH_SECRET (the same value for every instance) in the environment.");
    process.exit(2);
  }
  if (!env.AUDIT_KEYRING) {
    console.error("PostgreSQL mode: set AUDIT_KEYRING (the same JSON for every instance; `npm run audit:rotate-key -- --new` makes one).");
    process.exit(2);
  }
  env.NEXTAUTH_SECRET ??= env.AUTH_SECRET;
}

/** The secret that signs sessions: from the environment, else made once and kept beside the database. */
function ensureSecret(dataDir) {
  if (env.NEXTAUTH_SECRET || env.AUTH_SECRET) return env.NEXTAUTH_SECRET ?? env.AUTH_SECRET;
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

if (target.dialect === "sqlite") {
  const dataDir = path.dirname(target.file);
  fs.mkdirSync(dataDir, { recursive: true });
  env.NEXTAUTH_SECRET = ensureSecret(dataDir);
}

if (demo) run(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/seed-demo.ts"]);

// Our own small server around Next's handler, so the app sees each request's real peer address.
const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], { cwd: root, env: { ...env, NODE_ENV: "production", PORT: port }, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
