#!/usr/bin/env node
// Playwright's webServer for the PostgreSQL project: TWO production servers on one database (the
// cluster's empty database, DATABASE_URL) and one set of secrets, started at the same moment so
// that their migrations race as two instances behind a load balancer would. Prints one line
// when both answer /api/health; stops both on SIGTERM.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ports = (process.env.E2E_PG_PORTS ?? "").split(",").map(Number);
if (ports.length !== 2 || ports.some((port) => !Number.isInteger(port) || port <= 0)) {
  console.error("E2E_PG_PORTS must name two ports, like 3402,3403.");
  process.exit(1);
}

// Build once first (when the sources changed): two servers must not build at once in one folder.
const build = spawnSync(process.execPath, ["scripts/start.mjs", "--build-only"], { cwd: root, stdio: "inherit", env: process.env });
if (build.status !== 0) process.exit(build.status ?? 1);

/** Each line the instance prints, tagged with its name, so the two logs can be told apart. */
function tagged(stream, name, out) {
  createInterface({ input: stream }).on("line", (line) => out.write(`[${name}] ${line}\n`));
}

const servers = ports.map((port, i) => {
  const server = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    // Its own process group, so stopping it stops the server it starts.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}` },
  });
  const name = `${i === 0 ? "A" : "B"} :${port}`;
  tagged(server.stdout, name, process.stdout);
  tagged(server.stderr, name, process.stderr);
  return server;
});
let isStopping = false;
const stop = (code) => {
  isStopping = true;
  for (const server of servers) {
    try {
      if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(0));
servers.forEach((server, i) =>
  server.on("exit", (code) => {
    if (isStopping) return;
    console.error(`The instance on port ${ports[i]} exited (${code}).`);
    stop(1);
  }),
);

async function isHealthy(port) {
  try {
    const response = await fetch(`http://localhost:${port}/api/health`, { signal: AbortSignal.timeout(5_000) });
    return response.ok;
  } catch {
    return false;
  }
}

const pending = new Set(ports);
while (pending.size > 0) {
  for (const port of [...pending]) if (await isHealthy(port)) pending.delete(port);
  if (pending.size > 0) await sleep(100);
}
console.log(`Both instances ready on ports ${ports.join(" and ")}`);
