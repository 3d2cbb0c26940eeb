// Playwright's webServer: a production server on a brand-new throwaway database.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const url = process.env.DATABASE_URL ?? "";
const file = path.resolve(url.replace(/^file:/, ""));
const dir = path.dirname(file);
// Never delete anything but a throwaway e2e folder in the temp directory.
if (!dir.startsWith(os.tmpdir()) || !path.basename(dir).startsWith("crisisnote-e2e")) {
  console.error(`Refusing to reset ${dir}: e2e databases live in ${os.tmpdir()}/crisisnote-e2e-*`);
  process.exit(1);
}
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

const server = spawn(process.execPath, ["scripts/start.mjs"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
