import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseKind, startPlan } from "./start-environment.mjs";

const ROOT = "/srv/crisisnote";
const KEYRING = '{"current":"k1","keys":[]}';

describe("databaseKind", () => {
  it("reads postgres:// and postgresql:// as PostgreSQL, files and paths as SQLite", () => {
    expect(databaseKind("postgres://app@db:5432/crisisnote")).toBe("postgres");
    expect(databaseKind("postgresql://app@db/crisisnote")).toBe("postgres");
    expect(databaseKind("file:./data/crisisnote.db")).toBe("sqlite");
    expect(databaseKind("./data/crisisnote.db")).toBe("sqlite");
    expect(databaseKind("/var/lib/crisisnote/crisisnote.db")).toBe("sqlite");
  });

  it("supports no other scheme", () => {
    for (const url of ["mysql://app@db/crisisnote", "sqlite://data.db", "https://db.example/x", "postgress://x"]) expect(databaseKind(url)).toBeNull();
  });
});

describe("startPlan", () => {
  it("SQLite: the database file beside the repository, the secret optional (generated in its folder)", () => {
    expect(startPlan({}, ROOT)).toEqual({ ok: true, kind: "sqlite", url: "file:./data/crisisnote.db", databaseFile: "/srv/crisisnote/data/crisisnote.db", secret: undefined });
    expect(startPlan({ DATABASE_URL: "file:/tmp/x.db", AUTH_SECRET: "s" }, ROOT)).toMatchObject({ ok: true, databaseFile: "/tmp/x.db", secret: "s" });
  });

  it("PostgreSQL: starts only with both shared secrets from the environment", () => {
    const url = "postgres://app@db:5432/crisisnote";
    expect(startPlan({ DATABASE_URL: url, NEXTAUTH_SECRET: "s", AUDIT_KEYRING: KEYRING }, ROOT)).toEqual({ ok: true, kind: "postgres", url, secret: "s" });
    expect(startPlan({ DATABASE_URL: url, AUTH_SECRET: "a", AUDIT_KEYRING: KEYRING }, ROOT)).toMatchObject({ ok: true, secret: "a" });
  });

  it("PostgreSQL without a secret names each missing variable", () => {
    const url = "postgres://app@db:5432/crisisnote";
    const neither = startPlan({ DATABASE_URL: url }, ROOT);
    expect(neither.ok).toBe(false);
    if (neither.ok) return;
    expect(neither.message).toContain("NEXTAUTH_SECRET (or AUTH_SECRET) and AUDIT_KEYRING");
    const noKeyring = startPlan({ DATABASE_URL: url, NEXTAUTH_SECRET: "s" }, ROOT);
    expect(noKeyring).toMatchObject({ ok: false, message: expect.stringContaining("set AUDIT_KEYRING.") });
    const noSecret = startPlan({ DATABASE_URL: url, AUDIT_KEYRING: KEYRING }, ROOT);
    expect(noSecret).toMatchObject({ ok: false, message: expect.stringContaining("set NEXTAUTH_SECRET (or AUTH_SECRET).") });
  });

  it("an unsupported URL stops the app, naming the scheme but not the credentials", () => {
    const plan = startPlan({ DATABASE_URL: "mysql://app:hunter2@db/crisisnote" }, ROOT);
    expect(plan).toMatchObject({ ok: false, message: expect.stringContaining("(mysql:…)") });
    if (!plan.ok) expect(plan.message).not.toContain("hunter2");
  });
});

describe("npm start", () => {
  // Decided before any build, so these runs are quick and touch no files.
  const start = (env: Record<string, string>) => {
    const { PATH = "", HOME = "" } = process.env;
    return spawnSync(process.execPath, [path.resolve("scripts/start.mjs")], { env: { PATH, HOME, NODE_ENV: "production", ...env }, encoding: "utf8", timeout: 20_000 });
  };

  it("on PostgreSQL without its secrets exits 1 with the message, before building or writing anything", () => {
    const run = start({ DATABASE_URL: "postgres://app@127.0.0.1:1/crisisnote", AUDIT_KEYRING: KEYRING });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("set NEXTAUTH_SECRET (or AUTH_SECRET)");
    expect(run.stdout).not.toContain("Building");
  });

  it("on an unsupported URL exits 1 instead of writing a SQLite file named after it", () => {
    const run = start({ DATABASE_URL: "mysql://app@127.0.0.1/crisisnote" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("does not support (mysql:…)");
  });
});
