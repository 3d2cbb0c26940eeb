import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";

/**
 * Who is using a database file, told by a Unix socket beside it that the user listens on while it
 * runs: the kernel closes it when the process ends, however it ends, so unlike a pid file a crash
 * leaves no false "running" (a leftover socket file refuses connections and is replaced), and a
 * reused pid is never mistaken for the server. The server holds it while it serves; a restore
 * holds it while it replaces the file, so a server cannot start in the middle.
 */
export type LockHolder = "server" | "restore";

export function instanceSocketPath(databaseFile: string): string {
  const beside = `${databaseFile}.lock.sock`;
  // Unix socket paths are limited to about 100 bytes; a long data path gets one in the temp folder.
  if (Buffer.byteLength(beside) < 100) return beside;
  return `${os.tmpdir()}/crisisnote-${createHash("sha256").update(databaseFile).digest("hex").slice(0, 16)}.lock.sock`;
}

/** The holder's own words ("server 1234"), or null when nothing listens. */
export async function probeInstanceLock(databaseFile: string): Promise<string | null> {
  const socketPath = instanceSocketPath(databaseFile);
  return new Promise((resolve) => {
    const socket = net.connect(socketPath);
    let said = "";
    const done = (value: string | null) => {
      socket.destroy();
      resolve(value);
    };
    socket.setTimeout(3000, () => done(said.trim() || "an unknown process"));
    socket.on("data", (chunk) => {
      said += chunk.toString("utf8");
    });
    socket.on("end", () => done(said.trim() || "an unknown process"));
    socket.on("error", (error: NodeJS.ErrnoException) => done(error.code === "ECONNREFUSED" || error.code === "ENOENT" ? null : `an unknown process (${error.code ?? "error"})`));
  });
}

export type InstanceLock = { release: () => Promise<void> };

/** Takes the lock, or says who has it. The lock never keeps the process alive on its own. */
export async function holdInstanceLock(databaseFile: string, holder: LockHolder): Promise<InstanceLock | { heldBy: string }> {
  const socketPath = instanceSocketPath(databaseFile);
  const listen = () =>
    new Promise<net.Server>((resolve, reject) => {
      const server = net.createServer((socket) => socket.end(`${holder} ${process.pid}\n`));
      server.once("error", reject);
      server.listen(socketPath, () => {
        server.unref();
        resolve(server);
      });
    });
  let server: net.Server;
  try {
    server = await listen();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    const heldBy = await probeInstanceLock(databaseFile);
    if (heldBy) return { heldBy };
    // A socket file left by a process that ended: nobody listens on it.
    fs.rmSync(socketPath, { force: true });
    server = await listen();
  }
  return { release: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
