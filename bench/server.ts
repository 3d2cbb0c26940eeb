/**
 * The production server for the benchmarks that go through HTTP: start it on a database file
 * (scripts/start.mjs, which builds only when the sources changed), find the next-server process
 * to sample its memory, sign in with next-auth's credentials flow, stop it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

/** Run from the repository root (npm scripts do): the server runs from here. */
const ROOT = process.cwd();
const SERVER_START_TIMEOUT_MS = 120_000;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** `startedInMs`: from spawning scripts/start.mjs to the first 200 of /api/health. */
export type Server = { child: ChildProcess; base: string; serverPid: number; log: string; startedInMs: number };

/** The pids under `root` (children, grandchildren…), from /proc. */
function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name in /proc/<pid>/stat is in parentheses and may hold spaces: read past it.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const visit = (pid: number) => {
    for (const [child, parent] of parents) {
      if (parent === pid) {
        found.push(child);
        visit(child);
      }
    }
  };
  visit(root);
  return found;
}

/** `next start` renames itself next-server; the process that answers requests. */
function findNextServer(root: number): number | null {
  for (const pid of descendants(root)) {
    try {
      // `next start` names its process next-server; `npm start` serves through scripts/serve.mjs.
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (command.startsWith("next-server") || command.includes("scripts/serve.mjs")) return pid;
    } catch {
      // gone
    }
  }
  return null;
}

/** VmRSS (or another /proc/<pid>/status field) in MiB; NaN once the process is gone. */
export function memoryMiB(pid: number, field: "VmRSS" | "VmHWM" = "VmRSS"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * `port`: a fixed port (a shared machine hands each benchmark its own); a free one otherwise.
 * `asBuilt`: serve the build in .next as it is, even if the sources changed since (to measure a
 * build kept from before a change); otherwise scripts/start.mjs rebuilds when they did.
 */
export async function startServer(file: string, logFile: string, options: { port?: number; asBuilt?: boolean } = {}): Promise<Server> {
  return startServerOn({ databaseUrl: `file:${file}`, logFile, secrets: { NEXTAUTH_SECRET: randomBytes(32).toString("base64url") }, ...options });
}

/**
 * A server on any DATABASE_URL (a SQLite file or PostgreSQL), on `port` or a free one. Instances
 * meant to share one database get the same `secrets` (NEXTAUTH_SECRET, AUDIT_KEYRING).
 */
export async function startServerOn(options: { databaseUrl: string; logFile: string; secrets: Record<string, string>; port?: number; asBuilt?: boolean }): Promise<Server> {
  const { logFile } = options;
  // BENCH_PORT pins the port (on a machine shared with other servers); else any free one.
  const port = options.port ?? (process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort());
  const base = `http://127.0.0.1:${port}`;
  const log = fs.openSync(logFile, "w");
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [options.asBuilt ? "scripts/serve.mjs" : "scripts/start.mjs"], {
    cwd: ROOT,
    // Its own process group, so stopping it stops next-server too.
    detached: true,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      ...(options.asBuilt ? { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } : {}),
      ...options.secrets,
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      NEXTAUTH_URL: base,
    },
  });
  fs.closeSync(log);
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}; see ${logFile}`);
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) });
      const startedInMs = performance.now() - spawnedAt;
      const serverPid = child.pid === undefined ? null : options.asBuilt ? child.pid : findNextServer(child.pid);
      if (response.ok && serverPid !== null) return { child, base, serverPid, log: logFile, startedInMs };
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  await stopServer({ child, base, serverPid: -1, log: logFile, startedInMs: Number.NaN });
  throw new Error(`the server did not answer within ${SERVER_START_TIMEOUT_MS / 1000} s; see ${logFile}`);
}

export async function stopServer(server: Server): Promise<void> {
  const { child } = server;
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!stopped) process.kill(-child.pid, "SIGKILL");
}

/** next-auth's credentials flow: the CSRF token and its cookie, then the form post; returns the Cookie header. */
export async function signIn(base: string, account: { email: string; password: string }): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const at = pair.indexOf("=");
      if (at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: header() },
    body: new URLSearchParams({ csrfToken, email: account.email, password: account.password, json: "true" }),
  });
  keep(callback);
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
    throw new Error(`sign-in as ${account.email} failed (status ${callback.status})`);
  }
  return header();
}
