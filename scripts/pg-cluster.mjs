#!/usr/bin/env node
// A throwaway PostgreSQL cluster in a temporary directory, for tests on a real server.
//
//   node scripts/pg-cluster.mjs run [--port N] -- <command…>
//       creates and starts a cluster, runs the command with TEST_DATABASE_URL set to it, then stops
//       and removes the cluster; exits with the command's status.
//   node scripts/pg-cluster.mjs start [--port N] [--dir D]   prints `export TEST_DATABASE_URL=…` and the directory
//   node scripts/pg-cluster.mjs stop --dir D
//
// `initdb` refuses to run as root (CI runs as root): the cluster then belongs to the `postgres`
// user (Debian's package makes it) or `nobody`, through `runuser`. The binaries are found on the
// PATH or in /usr/lib/postgresql/*/bin (Debian's place, not on the PATH). When they are missing
// the script exits with status 3 and a message, so callers can tell "no PostgreSQL" apart.
// PG_BIN_DIR, when set, is where the binaries are looked for instead.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const NO_POSTGRES_EXIT = 3;

function findBinDir() {
  // PG_BIN_DIR picks the binaries (another version; or a missing one, to see the skip).
  if (process.env.PG_BIN_DIR) return fs.existsSync(path.join(process.env.PG_BIN_DIR, "initdb")) ? process.env.PG_BIN_DIR : null;
  const onPath = spawnSync("sh", ["-c", "command -v pg_ctl"], { encoding: "utf8" }).stdout.trim();
  if (onPath && fs.existsSync(path.join(path.dirname(onPath), "initdb"))) return path.dirname(onPath);
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], "bin") : null;
}

function clusterUser() {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return null;
  const passwd = fs.readFileSync("/etc/passwd", "utf8");
  return /^postgres:/m.test(passwd) ? "postgres" : "nobody";
}

/** Runs a PostgreSQL binary, as the cluster's user when we are root. */
function pg(binDir, user, binary, args, options = {}) {
  const command = path.join(binDir, binary);
  const [file, argv] = user ? ["runuser", ["-u", user, "--", command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: "utf8", ...options });
  if (result.status !== 0) {
    throw new Error(`${binary} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startCluster({ port, dir } = {}) {
  const binDir = findBinDir();
  if (!binDir) return null;
  const user = clusterUser();
  const chosenPort = port ?? (await freePort());
  const root = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "crisisnote-pg-"));
  fs.mkdirSync(root, { recursive: true });
  const data = path.join(root, "data");
  if (user) {
    // The cluster's user must own its directory; the temporary directory's parent must let it in.
    fs.chmodSync(root, 0o755);
    spawnSync("chown", [user, root]);
  }
  if (!fs.existsSync(path.join(data, "PG_VERSION"))) {
    pg(binDir, user, "initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"]);
  }
  const options = `-p ${chosenPort} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  pg(binDir, user, "pg_ctl", ["-D", data, "-o", options, "-l", path.join(root, "log"), "-w", "start"]);
  const url = `postgres://postgres@127.0.0.1:${chosenPort}/postgres`;
  return { url, dir: root, stop: () => stopCluster(root) };
}

export function stopCluster(root) {
  const binDir = findBinDir();
  const data = path.join(root, "data");
  if (binDir && fs.existsSync(data)) {
    try {
      pg(binDir, clusterUser(), "pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    } catch (error) {
      console.error(error.message);
    }
  }
  fs.rmSync(root, { recursive: true, force: true });
}

function option(args, name) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main() {
  const argv = process.argv.slice(2);
  const separator = argv.indexOf("--");
  const args = separator >= 0 ? argv.slice(0, separator) : argv;
  const command = separator >= 0 ? argv.slice(separator + 1) : [];
  const [verb] = args;
  const port = option(args, "--port") ? Number(option(args, "--port")) : undefined;
  if (verb === "stop") {
    const dir = option(args, "--dir");
    if (!dir) throw new Error("stop needs --dir");
    stopCluster(dir);
    return 0;
  }
  if (verb !== "start" && verb !== "run") {
    console.error("usage: pg-cluster.mjs start|stop|run [--port N] [--dir D] [-- command…]");
    return 2;
  }
  const cluster = await startCluster({ port, dir: option(args, "--dir") });
  if (!cluster) {
    console.error("PostgreSQL's binaries (initdb, pg_ctl) were not found on the PATH or in /usr/lib/postgresql/*/bin.");
    return NO_POSTGRES_EXIT;
  }
  if (verb === "start") {
    console.log(`export TEST_DATABASE_URL=${cluster.url}`);
    console.log(`# stop with: node scripts/pg-cluster.mjs stop --dir ${cluster.dir}`);
    return 0;
  }
  if (command.length === 0) throw new Error("run needs a command after --");
  const child = spawn(command[0], command.slice(1), { stdio: "inherit", env: { ...process.env, TEST_DATABASE_URL: cluster.url } });
  const stop = () => cluster.stop();
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  const status = await new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  stop();
  return status;
}

// fileURLToPath, not URL.pathname: a checkout path with a space or a non-ASCII letter is percent-encoded there.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (status) => process.exit(status),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
