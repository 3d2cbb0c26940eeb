import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/*
 * PostgreSQL mode: TWO app instances on one database and one set of secrets, as behind a load
 * balancer. Run through `npm run test:e2e:pg` (scripts/e2e-pg.mjs), which starts a throwaway
 * cluster and passes its URL as TEST_DATABASE_URL. The SQLite suite (playwright.config.ts) stays
 * the main one; this project runs the *.pg.ts specs only.
 */
const databaseUrl = process.env.TEST_DATABASE_URL;
if (!databaseUrl) throw new Error("Run the PostgreSQL end-to-end tests through `npm run test:e2e:pg`: it starts the cluster they need.");

// This file is read again in every test worker: what is chosen here is chosen once, in the
// runner, and handed down through the environment the workers inherit.
function freePorts(count: number): string {
  const script = `const net=require("net");const s=[];let n=${count};for(let i=0;i<${count};i++){const v=net.createServer();s.push(v);v.listen(0,"127.0.0.1",()=>{if(--n===0){console.log(s.map(x=>x.address().port).join(","));s.forEach(x=>x.close())}})}`;
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim();
}
// Ports from the environment (E2E_PG_PORTS=3402,3403), else two free ones.
process.env.E2E_PG_PORTS ??= freePorts(2);
const [portA, portB] = process.env.E2E_PG_PORTS.split(",").map(Number);
process.env.E2E_PG_BASE_A = `http://localhost:${portA}`;
process.env.E2E_PG_BASE_B = `http://localhost:${portB}`;

// The secrets every instance shares; the workers' own data-layer writes (the fixtures' users)
// append to the same audit chain, so they hold the same keyring.
process.env.E2E_PG_NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.E2E_PG_AUDIT_KEYRING ??= JSON.stringify({
  current: "e2e-1",
  keys: [{ id: "e2e-1", secret: randomBytes(32).toString("base64url"), createdAt: new Date().toISOString() }],
});
process.env.DATABASE_URL = databaseUrl;
process.env.AUDIT_KEYRING = process.env.E2E_PG_AUDIT_KEYRING;

const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = fs.existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    }
  : {};

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { baseURL: process.env.E2E_PG_BASE_A, trace: "retain-on-failure", screenshot: "only-on-failure", launchOptions },
  projects: [
    { name: "first-run", testMatch: /first-run\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    { name: "two-instances", testMatch: /.*\.pg\.ts/, dependencies: ["first-run"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    command: "node scripts/e2e-pg-servers.mjs",
    wait: { stdout: /Both instances ready/ },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      DATABASE_URL: databaseUrl,
      E2E_PG_PORTS: process.env.E2E_PG_PORTS,
      NEXTAUTH_SECRET: process.env.E2E_PG_NEXTAUTH_SECRET,
      AUDIT_KEYRING: process.env.E2E_PG_AUDIT_KEYRING,
      // Next chooses its own conditions per bundle layer (see playwright.config.ts).
      NODE_OPTIONS: "",
    },
  },
});
