import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, UnsupportedDatabaseUrlError, parseDatabaseUrl, redactDatabaseUrl } from "./database-url.mjs";

const root = path.resolve(__dirname, "..");
const cwd = "/srv/crisisnote";

describe("DATABASE_URL", () => {
  it.each([
    ["postgres://app:secret@db.internal:5432/crisisnote", "postgres://app:secret@db.internal:5432/crisisnote"],
    ["postgresql://app@db.internal/crisisnote?sslmode=require", "postgresql://app@db.internal/crisisnote?sslmode=require"],
    ["POSTGRES://app@db.internal/crisisnote", "POSTGRES://app@db.internal/crisisnote"],
  ])("%s names PostgreSQL", (url, expected) => {
    expect(parseDatabaseUrl(url, cwd)).toEqual({ dialect: "postgresql", url: expected });
  });

  it.each([
    [DEFAULT_DATABASE_URL, "/srv/crisisnote/data/crisisnote.db"],
    ["file:./data/demo.db", "/srv/crisisnote/data/demo.db"],
    ["file:/var/lib/crisisnote/practice.db", "/var/lib/crisisnote/practice.db"],
    ["./data/x.db", "/srv/crisisnote/data/x.db"],
    ["/tmp/crisisnote-e2e-3401/e2e.db", "/tmp/crisisnote-e2e-3401/e2e.db"],
    ["data/with:colon.db", "/srv/crisisnote/data/with:colon.db"],
    [":memory:", ":memory:"],
    ["file::memory:", ":memory:"],
  ])("%s names the SQLite file %s", (url, file) => {
    expect(parseDatabaseUrl(url, cwd)).toEqual({ dialect: "sqlite", file });
  });

  it("is the default SQLite file when unset", () => {
    expect(parseDatabaseUrl(undefined, cwd)).toEqual({ dialect: "sqlite", file: "/srv/crisisnote/data/crisisnote.db" });
  });

  it.each([
    ["mysql://app@db/crisisnote", /does not support \("mysql:"\)/],
    ["http://db.internal:5432/crisisnote", /does not support \("http:"\)/],
    ["postgress://app@db/crisisnote", /does not support \("postgress:"\)/],
    ["sqlite://data/x.db", /does not support \("sqlite:"\)/],
    ["postgres:/app@db/crisisnote", /not a PostgreSQL URL/],
    ["postgres:app@db/crisisnote", /not a PostgreSQL URL/],
    ["postgres://app:p@ss@[db/crisisnote", /not a valid PostgreSQL URL/],
    ["", /empty/],
    ["   ", /empty/],
    ["file:", /names no file/],
  ])("%s is refused with a clear message", (url, message) => {
    expect(() => parseDatabaseUrl(url, cwd)).toThrow(UnsupportedDatabaseUrlError);
    expect(() => parseDatabaseUrl(url, cwd)).toThrow(message);
  });

  it("never shows a password in its messages", () => {
    expect(redactDatabaseUrl("postgres://app:hunter2@db/crisisnote")).toBe("postgres://app:***@db/crisisnote");
    expect(() => parseDatabaseUrl("mysql://app:hunter2@db/crisisnote", cwd)).toThrow(/app:\*\*\*@db/);
    expect(() => parseDatabaseUrl("mysql://app:hunter2@db/crisisnote", cwd)).not.toThrow(/hunter2/);
    // A password with an unencoded "/" makes the URL unreadable: nothing of it is shown.
    expect(() => parseDatabaseUrl("postgres://app:pa/ss@db:5432/x", cwd)).toThrow(UnsupportedDatabaseUrlError);
    expect(() => parseDatabaseUrl("postgres://app:pa/ss@db:5432/x", cwd)).not.toThrow(/pa\/ss|pa\//);
    expect(redactDatabaseUrl("postgres://app@db/crisisnote?sslmode=require&password=hunter2")).toBe("postgres://app@db/crisisnote?sslmode=require&password=***");
  });
});

describe("an unsupported DATABASE_URL stops the app and the scripts before any file is made", () => {
  // What an operator tried: this used to start "fine" on a SQLite file at ./postgres:/user@host/db.
  const entriesOf = (dir: string) => fs.readdirSync(dir).filter((name) => /^(postgres|mysql|http)/.test(name));

  it("npm start refuses a URL it does not support, and makes no file for it", () => {
    const result = spawnSync(process.execPath, [path.join(root, "scripts", "start.mjs")], {
      env: { ...process.env, DATABASE_URL: "postgres:/user@host:5432/db", PORT: "1" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/is not a PostgreSQL URL: write it as postgres:\/\/user:password@host:5432\/database/);
    expect(entriesOf(root)).toEqual([]);
  }, 60_000);

  it("npm start in PostgreSQL mode needs its secrets from the environment", () => {
    const env = { ...process.env, DATABASE_URL: "postgres://user@127.0.0.1:1/db", PORT: "1" };
    delete env.NEXTAUTH_SECRET;
    delete env.AUTH_SECRET;
    const result = spawnSync(process.execPath, [path.join(root, "scripts", "start.mjs")], { env, encoding: "utf8", timeout: 30_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/set NEXTAUTH_SECRET/);
  }, 60_000);

  it("the scripts refuse it too (db:migrate), and a postgres:// URL never becomes a SQLite file", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crisisnote-url-"));
    try {
      const tsx = path.join(root, "node_modules", ".bin", "tsx");
      const run = (url: string) =>
        spawnSync(tsx, ["--conditions=react-server", "--tsconfig", path.join(root, "tsconfig.json"), path.join(root, "scripts", "migrate.ts")], {
          cwd: dir,
          env: { ...process.env, DATABASE_URL: url, PGCONNECT_TIMEOUT: "2" },
          encoding: "utf8",
          timeout: 60_000,
        });
      const refused = run("mysql://app@db.internal/crisisnote");
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/names a database Crisisnote does not support \("mysql:"\)/);
      // Nothing listens on port 1: the PostgreSQL connection fails, and no SQLite file appears.
      const unreachable = run("postgres://user@127.0.0.1:1/db");
      expect(unreachable.status).toBe(1);
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // Two script processes (tsx compiles on start): give them time on a busy machine.
  }, 120_000);
});
