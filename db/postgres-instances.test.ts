import { spawnSync } from "node:child_process";
import path from "node:path";
import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sealAuditChain, verifyAuditChain } from "./audit-chain";
import { serializeKeyring } from "./audit-keyring";
import { migrateDatabase, poolOf } from "./client";
import { auditEvents } from "./tables";
import { anotherInstanceOf, auditRows, clinic, emptyPostgresDb, onPostgres, postgresTestTarget, rawStatement, testDb, writeAudit } from "./test-support";

/*
 * Several app instances on one PostgreSQL database (each its own pool of connections, sharing only
 * the database and the audit keyring). On SQLite there is one process per database file, so these
 * run in the PostgreSQL test run only (npm run test:unit:pg).
 */
describe.skipIf(!onPostgres)("two instances on one PostgreSQL database", () => {
  it("appending to the audit chain at the same time, 2 × 200 rows interleaved, leave one chain: no fork, no gap", async () => {
    const a = await testDb();
    const b = anotherInstanceOf(a);
    const append = (db: typeof a, instance: string, i: number) => writeAudit({ db, actor: null, ip: null }, { action: "note.viewed", entityType: "crisis_session", entityId: `${instance}-${i}` });
    await Promise.all(Array.from({ length: 200 }, (_, i) => [append(a, "a", i), append(b, "b", i)]).flat());
    const rows = await auditRows(a);
    expect(rows.map((row) => row.seq)).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
    // Every row links to the one before it: no two rows claim the same predecessor.
    expect(new Set(rows.map((row) => row.prevHash)).size).toBe(400);
    expect(rows.filter((row) => row.entityId?.startsWith("a-"))).toHaveLength(200);
    expect(rows.filter((row) => row.entityId?.startsWith("b-"))).toHaveLength(200);
    // The instances really interleaved: neither wrote all of its rows in one run.
    const runs = rows.filter((row, i) => i > 0 && row.entityId?.[0] !== rows[i - 1]?.entityId?.[0]).length;
    expect(runs).toBeGreaterThan(1);
    expect(await verifyAuditChain(a)).toMatchObject({ ok: true, rows: 400, checked: 400 });
    expect(await verifyAuditChain(b)).toMatchObject({ ok: true, rows: 400 });
    // 400 write transactions, one at a time across both pools: allow for a busy machine.
  }, 120_000);

  it("starting together on an empty database, both migrate and seal; the migrations ran once", async () => {
    const a = await emptyPostgresDb();
    const b = anotherInstanceOf(a);
    await Promise.all([migrateDatabase(a), migrateDatabase(b)]);
    const { rows: applied } = await poolOf(a).query<{ n: string }>("select count(*) as n from drizzle.__drizzle_migrations");
    const fs = await import("node:fs");
    const path = await import("node:path");
    const journal = JSON.parse(fs.readFileSync(path.join(process.cwd(), "db", "migrations-pg", "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
    expect(Number(applied[0]?.n)).toBe(journal.entries.length);
    await Promise.all([sealAuditChain(a), sealAuditChain(b)]);
    await Promise.all([migrateDatabase(a), migrateDatabase(b)]);
    expect(Number((await poolOf(a).query<{ n: string }>("select count(*) as n from drizzle.__drizzle_migrations")).rows[0]?.n)).toBe(journal.entries.length);
    // An empty chain needs no seal; both instances then write to the one chain.
    await Promise.all([writeAudit({ db: a, actor: null, ip: null }, { action: "auth.sign_in", entityType: "user" }), writeAudit({ db: b, actor: null, ip: null }, { action: "auth.sign_in", entityType: "user" })]);
    const [written] = await a.select({ n: count() }).from(auditEvents);
    expect(written?.n).toBe(2);
    expect(await verifyAuditChain(a)).toMatchObject({ ok: true, rows: 2 });
  }, 60_000);

  it("npm run audit:verify checks the chain of a PostgreSQL database with AUDIT_KEYRING, and names a row altered behind the triggers", async () => {
    const { db } = await clinic();
    const { url, keyring } = postgresTestTarget(db);
    const verify = () =>
      spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/audit-verify.ts"], {
        env: { ...process.env, DATABASE_URL: url, AUDIT_KEYRING: serializeKeyring(keyring) },
        encoding: "utf8",
        timeout: 60_000,
      });
    const intact = verify();
    expect(intact.stdout).toMatch(/Audit chain intact: \d+ rows verified/);
    expect(intact.status).toBe(0);
    // The database's owner can lift the triggers; the chain still tells.
    await rawStatement(db, "ALTER TABLE audit_events DISABLE TRIGGER USER");
    await rawStatement(db, "UPDATE audit_events SET outcome = 'denied' WHERE seq = 2");
    const broken = verify();
    expect(broken.stderr).toMatch(/Audit chain broken at row 2: row 2 was altered after it was written/);
    expect(broken.status).toBe(1);
    const withoutKeyring = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/audit-verify.ts"], {
      env: { ...process.env, DATABASE_URL: url, AUDIT_KEYRING: "" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(withoutKeyring.stderr).toMatch(/PostgreSQL mode needs the audit keyring in AUDIT_KEYRING/);
    expect(withoutKeyring.status).toBe(2);
  }, 180_000);
});
