import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { psql } from "./psql";

// playwright.pg.config.ts starts instances A and B at the same moment on the cluster's empty
// database (scripts/e2e-pg-servers.mjs): both ran the migrations at start, under an advisory lock.
const A = process.env.E2E_PG_BASE_A ?? "";
const B = process.env.E2E_PG_BASE_B ?? "";

test("two instances started together on an empty database both serve it; the migrations ran once and the practice was set up once", async ({ request }) => {
  await test.step("Both instances answer their health check with the database open", async () => {
    for (const base of [A, B]) {
      const response = await request.get(`${base}/api/health`);
      expect(response.status()).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
    }
  });

  await test.step("The migrations table holds each migration once", () => {
    const journal = JSON.parse(fs.readFileSync("db/migrations-pg/meta/_journal.json", "utf8")) as { entries: { tag: string }[] };
    const files = fs.readdirSync("db/migrations-pg").filter((name) => name.endsWith(".sql"));
    expect(files).toHaveLength(journal.entries.length);
    const applied = psql("SELECT count(*), count(DISTINCT hash) FROM drizzle.__drizzle_migrations");
    expect(applied).toBe(`${files.length}|${files.length}`);
  });

  await test.step("The practice was set up once (on A): B has no setup page, the audit trail one setup", async () => {
    const setup = await request.get(`${B}/setup`, { maxRedirects: 0 });
    expect(setup.status()).toBe(404);
    expect(psql("SELECT count(*) FROM audit_events WHERE action = 'practice.setup'")).toBe("1");
  });

  await test.step("And the audit chain the two instances and the tests wrote verifies as one chain", () => {
    const verify = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/audit-verify.ts"], { encoding: "utf8", env: process.env });
    expect(verify.stdout).toContain("Audit chain intact");
    expect(verify.status).toBe(0);
  });
});
