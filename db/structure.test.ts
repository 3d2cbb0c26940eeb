import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The data layer's contract, checked on the source itself: every exported operation is async
 * (so a PostgreSQL driver can stand in without touching a route), and transactions are opened in
 * one place only.
 */

const root = path.resolve(__dirname, "..");
const dbDir = path.join(root, "db");

/** Synchronous exports that are not operations: WHERE builders, pure mappers, connection setup. */
const SYNC_EXPORTS_ALLOWED: Record<string, readonly string[]> = {
  "client.ts": ["databaseTarget", "databaseFile", "openDatabase", "openPostgres", "connect", "dialectOf", "rootDb", "poolOf", "migrationsFolder", "migrateSqliteDatabase", "getDb", "parseDatabaseUrl", "redactDatabaseUrl"],
  "tables.ts": [],
  "sql-dialect.ts": ["never", "containsIgnoringCase"],
  "scopes.ts": ["ownNotes", "notesForReview", "reviewQueueFor", "visibleClients", "visibleClientsList", "practiceClients", "practiceBillingLines"],
  "sessions.ts": ["toLineView"],
  "session-access.ts": ["parseNote"],
  // The audit keyring is files and bytes, no query (db/audit.ts auditKeyringFor is the async door).
  "audit-keyring.ts": [
    "parseKeyring",
    "serializeKeyring",
    "newAuditKey",
    "newKeyring",
    "rotatedKeyring",
    "currentKey",
    "keyIndex",
    "keyringFileFor",
    "writeKeyringFile",
    "ensureKeyringFile",
    "readKeyringFile",
    "keyringForDatabaseFile",
    "bindAuditKeyring",
    "keyringOf",
  ],
};

const operationModules = fs
  .readdirSync(dbDir)
  .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && !["schema.ts", "test-support.ts"].includes(name));

describe("every exported db/ function is async", () => {
  it.each(operationModules)("%s", async (name) => {
    const exported = (await import(path.join(dbDir, name))) as Record<string, unknown>;
    const syncFunctions = Object.entries(exported)
      .filter(([, value]) => typeof value === "function" && !/^class\s/.test(Function.prototype.toString.call(value)))
      .filter(([, value]) => !["AsyncFunction", "AsyncGeneratorFunction"].includes((value as { constructor: { name: string } }).constructor.name))
      .map(([key]) => key);
    expect(syncFunctions.filter((key) => !(SYNC_EXPORTS_ALLOWED[name] ?? []).includes(key))).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ["node_modules", ".next", "migrations"].includes(entry.name) ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [full] : [];
  });
}

describe("transactions are opened by the unit of work only", () => {
  const files = ["app", "bench", "components", "db", "e2e", "lib", "scripts", "server"]
    .flatMap((dir) => sourceFiles(path.join(root, dir)))
    .filter((file) => file !== __filename);

  it("no `.transaction(` call anywhere", () => {
    const offenders = files.filter((file) => /\.transaction\(/.test(fs.readFileSync(file, "utf8")));
    expect(offenders.map((file) => path.relative(root, file))).toEqual([]);
  });

  it("runSerialized (BEGIN … COMMIT) is called from db/operation.ts and test support only", () => {
    const callers = files.filter((file) => /runSerialized\(/.test(fs.readFileSync(file, "utf8"))).map((file) => path.relative(root, file));
    expect(callers.filter((file) => !file.endsWith(".test.ts")).sort()).toEqual(["db/operation.ts", "db/test-support.ts"]);
  });
});
