import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;
// A throwaway database per run, outside the repo; the test workers open the same file to
// create their users through the data layer.
const databaseFile = path.join(os.tmpdir(), `crisisnote-e2e-${port}`, "e2e.db");
process.env.DATABASE_URL = `file:${databaseFile}`;

// Debian's Chromium where it exists (Playwright cannot download browsers here); otherwise
// Playwright's own browser, as on an ordinary developer laptop.
const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = fs.existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    }
  : {};

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    { name: "first-run", testMatch: /first-run\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    {
      name: "journeys",
      testMatch: /.*\.spec\.ts/,
      testIgnore: /practice-settings\.spec\.ts/,
      dependencies: ["first-run"],
      use: { ...devices["Desktop Chrome"] },
    },
    // Practice-wide settings (the idle time-out) apply to every signed-in page: changing them
    // while the journeys run would change what those tests see, so these run afterwards.
    { name: "practice-wide", testMatch: /practice-settings\.spec\.ts/, dependencies: ["journeys"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // NODE_OPTIONS is cleared: the test runner resolves server-only code under React's server
    // condition (npm run test:e2e), but Next must choose its own conditions per bundle layer.
    env: { DATABASE_URL: `file:${databaseFile}`, PORT: String(port), NEXTAUTH_URL: baseURL, NODE_OPTIONS: "" },
  },
});
