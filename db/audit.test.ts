import { eq, getTableColumns } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditHash, auditHmac } from "@/lib/audit/hash";
import type { AuditEntry } from "./audit";
import { verifyAuditChain } from "./audit-chain";
import { currentKey, keyringOf } from "./audit-keyring";
import type { Db } from "./client";
import type { Actor } from "./context";
import { type AuditEventRow, auditEvents } from "./tables";
import { auditRows, columnNames, dropAppendOnlyTriggers, refusalOf, testDb, writeAudit } from "./test-support";

const ADMIN: Actor = { id: "admin-1", email: "admin@test.example", name: "Ada", role: "admin", mustChangePassword: false };

/** Rows with every field shape: actor set and null, entity id set and null, each outcome, details. */
const ENTRIES: AuditEntry[] = [
  { action: "practice.setup", entityType: "practice", entityId: "1", actorId: "admin-1", detail: { timeZone: "America/Chicago" } },
  { action: "auth.sign_in", entityType: "user", entityId: "admin-1", actorId: "admin-1" },
  { action: "user.created", entityType: "user", entityId: "user-2", detail: { role: "therapist", supervised: true } },
  { action: "auth.sign_in_failed", entityType: "user", actorId: null, outcome: "failure", detail: { reason: "unknown_account" } },
  { action: "auth.access_denied", entityType: "operation", entityId: "users.create", outcome: "denied", detail: { role: "therapist" } },
  { action: "user.deactivated", entityType: "user", entityId: "user-2" },
];
const LAST = ENTRIES.length;

async function writtenChain(): Promise<Db> {
  const db = await testDb();
  for (const [i, entry] of ENTRIES.entries()) {
    await writeAudit({ db, actor: i % 2 === 0 ? ADMIN : null, ip: i % 3 === 0 ? null : "198.51.100.4" }, entry);
  }
  return db;
}


async function tamperedChain(): Promise<Db> {
  const db = await writtenChain();
  await dropAppendOnlyTriggers(db);
  return db;
}

function altered(value: string | number | null): string | number {
  if (value === null) return "forged";
  if (typeof value === "number") return value + 1000;
  return `${value}-forged`;
}

async function deleteRow(db: Db, seq: number): Promise<void> {
  await db.delete(auditEvents).where(eq(auditEvents.seq, seq));
}

/**
 * A forged row as someone with the file but not the key would write it: unless given a made-up
 * hash, its hash is what the legacy unkeyed scheme (public) gives for it.
 */
async function forgeRow(db: Db, seq: number, prevHash: string, madeUpHash?: string): Promise<void> {
  const fields = {
    seq,
    at: new Date().toISOString(),
    actorId: "intruder",
    action: "user.created",
    entityType: "user",
    entityId: "ghost",
    ip: null,
    outcome: "success" as const,
    detail: "{}",
    prevHash,
  };
  await db.insert(auditEvents).values({ ...fields, hash: madeUpHash ?? auditHash(fields) });
}

async function hashOf(db: Db, seq: number): Promise<string> {
  const row = (await auditRows(db)).find((r) => r.seq === seq);
  if (!row) throw new Error(`no row ${seq}`);
  return row.hash;
}

async function expectBrokenAt(db: Db, seq: number): Promise<void> {
  const verdict = await verifyAuditChain(db);
  expect(verdict).toMatchObject({ ok: false, seq });
  if (!verdict.ok) expect(verdict.problem).toContain(`row ${seq}`);
}

describe("the audit chain", () => {
  it("verifies when nothing was touched", async () => {
    expect(await verifyAuditChain(await writtenChain())).toMatchObject({ ok: true, rows: LAST, checked: LAST });
  });

  it("links each row to the one before and keys the hash of its own content", async () => {
    const db = await writtenChain();
    const key = currentKey(keyringOf(db));
    const rows = await auditRows(db);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    rows.forEach((row, i) => {
      expect(row.keyId).toBe(key.id);
      expect(row.hash).toBe(auditHmac(key.secret, { ...row, keyId: key.id }));
      expect(row.hash).not.toBe(auditHash(row));
      if (i > 0) expect(row.prevHash).toBe(rows[i - 1]?.hash);
    });
  });

  it("is append-only in the database: UPDATE and DELETE are refused", async () => {
    const db = await writtenChain();
    expect(await refusalOf(db.update(auditEvents).set({ outcome: "success" }).where(eq(auditEvents.seq, 5)))).toMatch(/append-only/);
    expect(await refusalOf(deleteRow(db, 3))).toMatch(/append-only/);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: LAST });
  });
});

describe("changing any field of any row is detected and names the row", () => {
  const columns = Object.keys(getTableColumns(auditEvents)) as (keyof AuditEventRow)[];

  it("covers every column of the table", async () => {
    const db = await testDb();
    const inDatabase = await columnNames(db, "audit_events");
    const inSchema = Object.values(getTableColumns(auditEvents)).map((c) => c.name);
    expect([...inSchema].sort()).toEqual([...inDatabase].sort());
  });

  describe.each(columns)("%s", (column) => {
    it.each([1, 3, LAST])("of row %i", async (seq) => {
      const db = await tamperedChain();
      const before = (await auditRows(db))[seq - 1];
      if (!before) throw new Error(`no row ${seq}`);
      await db
        .update(auditEvents)
        .set({ [column]: altered(before[column]) })
        .where(eq(auditEvents.seq, seq));
      await expectBrokenAt(db, seq);
    });
  });

  it("a plausible edit (a refusal rewritten as a success) is detected", async () => {
    const db = await tamperedChain();
    await db.update(auditEvents).set({ outcome: "success", detail: "{}" }).where(eq(auditEvents.seq, 5));
    await expectBrokenAt(db, 5);
  });
});

describe("deleting rows is detected", () => {
  it.each([
    { name: "the first row", remove: [1], brokenAt: 1 },
    { name: "a row in the middle", remove: [3], brokenAt: 3 },
    { name: "the last row", remove: [LAST], brokenAt: LAST },
    { name: "the last two rows", remove: [LAST - 1, LAST], brokenAt: LAST - 1 },
    { name: "every row", remove: [1, 2, 3, 4, 5, 6], brokenAt: 1 },
  ])("$name", async ({ remove, brokenAt }) => {
    const db = await tamperedChain();
    for (const seq of remove) await deleteRow(db, seq);
    await expectBrokenAt(db, brokenAt);
  });
});

describe("inserting a forged row is detected", () => {
  it("appended after the last row, even with a correct hash and link", async () => {
    const db = await tamperedChain();
    await forgeRow(db, LAST + 1, await hashOf(db, LAST));
    await expectBrokenAt(db, LAST + 1);
  });

  it("appended with a made-up hash", async () => {
    const db = await tamperedChain();
    await forgeRow(db, LAST + 1, await hashOf(db, LAST), "f".repeat(64));
    await expectBrokenAt(db, LAST + 1);
  });

  it("slipped into the middle by renumbering the rows after it", async () => {
    const db = await tamperedChain();
    for (let seq = LAST; seq >= 4; seq -= 1) {
      await db.update(auditEvents).set({ seq: seq + 1 }).where(eq(auditEvents.seq, seq));
    }
    await forgeRow(db, 4, await hashOf(db, 3));
    // The forgery links correctly, but an unkeyed row among keyed ones is refused as it stands.
    await expectBrokenAt(db, 4);
  });

  it("replacing the last row with a self-consistent forgery", async () => {
    const db = await tamperedChain();
    const prevHash = await hashOf(db, LAST - 1);
    await deleteRow(db, LAST);
    await forgeRow(db, LAST, prevHash);
    await expectBrokenAt(db, LAST);
  });

  it("placed before the first row", async () => {
    const db = await tamperedChain();
    await forgeRow(db, 0, "0".repeat(64));
    await expectBrokenAt(db, 0);
  });
});
