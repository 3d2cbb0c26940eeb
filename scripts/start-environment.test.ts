import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startPlan } from "./start-environment.mjs";

const ROOT = "/srv/crisisnote";
const KEYRING = '{"current":"k1","keys":[]}';
const PG = "postgres://app@db:5432/crisisnote";

describe("startPlan", () => {
  it("SQLite: the database file beside the repository, the secret optional (generated in its folder)", () => {
    expect(startPlan({}, ROOT)).toEqual({ ok: true, dialect: "sqlite", databaseFile: "/srv/crisisnote/data/crisisnote.db", secret: undefined });
    expect(startPlan({ DATABASE_URL: "file:/tmp/x.db", AUTH_SECRET: "s" }, ROOT)).toEqual({ ok: true, dialect: "sqlite", databaseFile: "/tmp/x.db", secret: "s" });
  });

  it("PostgreSQL: starts only with both shared secrets from the environment", () => {
    expect(startPlan({ DATABASE_URL: PG, NEXTAUTH_SECRET: "s", AUDIT_KEYRING: KEYRING }, ROOT)).toEqual({ ok: true, dialect: "postgresql", secret: "s" });
    expect(startPlan({ DATABASE_URL: "postgresql://app@db/crisisnote", AUTH_SECRET: "a", AUDIT_KEYRING: KEYRING }, ROOT)).toEqual({ ok: true, dialect: "postgresql", secret: "a" });
  });

  it("PostgreSQL without its secrets names each missing variable", () => {
    const message = (env: Record<string, string>) => {
      const plan = startPlan({ DATABASE_URL: PG, ...env }, ROOT);
      return plan.ok ? "" : plan.message;
    };
    expect(message({})).toMatch(/set NEXTAUTH_SECRET \(or AUTH_SECRET\).*; and AUDIT_KEYRING/);
    expect(message({ NEXTAUTH_SECRET: "s" })).toMatch(/set AUDIT_KEYRING, /);
    expect(message({ NEXTAUTH_SECRET: "s" })).not.toContain("NEXTAUTH_SECRET");
    expect(message({ AUDIT_KEYRING: KEYRING })).toMatch(/set NEXTAUTH_SECRET \(or AUTH_SECRET\), the same value for every instance\./);
  });

  it("an unsupported URL stops the app, naming the scheme but not the password", () => {
    const plan = startPlan({ DATABASE_URL: "mysql://app:hunter2@db/crisisnote" }, ROOT);
    expect(plan).toMatchObject({ ok: false, message: expect.stringContaining('does not support ("mysql:")') });
    if (!plan.ok) expect(plan.message).not.toContain("hunter2");
  });
});

describe("npm start", () => {
  // Decided before any build, so these runs are quick and write nothing.
  const start = (env: Record<string, string>) => {
    const { PATH = "", HOME = "" } = process.env;
    return spawnSync(process.execPath, [path.resolve("scripts/start.mjs")], { env: { PATH, HOME, NODE_ENV: "production", ...env }, encoding: "utf8", timeout: 20_000 });
  };

  it("on PostgreSQL without its secrets exits 2 with the message, before building or writing anything", () => {
    const run = start({ DATABASE_URL: "postgres://app@127.0.0.1:1/crisisnote", AUDIT_KEYRING: KEYRING });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("set NEXTAUTH_SECRET (or AUTH_SECRET)");
    expect(run.stdout).not.toContain("Building");
  });

  it("on an unsupported URL exits 2 instead of writing a SQLite file named after it", () => {
    const run = start({ DATABASE_URL: "mysql://app@127.0.0.1/crisisnote" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('does not support ("mysql:")');
  });
});
