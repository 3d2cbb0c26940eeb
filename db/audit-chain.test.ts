import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { type AuditCheckpoint, signCheckpoint } from "@/lib/audit/checkpoint";
import { GENESIS_HASH, type HashedAuditFields, auditHash, auditHmac } from "@/lib/audit/hash";
import { checkCheckpoint, makeCheckpoint, recordKeyRotation, sealAuditChain, verifyAuditChain, walkAuditChain } from "./audit-chain";
import { type AuditKeyring, bindAuditKeyring, keyringFileFor, keyringOf, newKeyring, readKeyringFile, rotatedKeyring, writeKeyringFile } from "./audit-keyring";
import { auditVerificationStatus, checkAuditChain } from "./audit-log";
import { type Db, migrateSqliteDatabase, openDatabase } from "./client";
import { checkDatabase } from "./health";
import { type AuditEventRow, auditChainHead, auditEvents } from "./tables";
import { auditRows, clinic, dropAppendOnlyTriggers, lastSeq, onPostgres, testDb, writeAudit } from "./test-support";

const ENTRY = { action: "note.viewed", entityType: "crisis_session", entityId: "n-1" } as const;

async function writeRows(db: Db, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) await writeAudit({ db, actor: null, ip: "198.51.100.4" }, { ...ENTRY, entityId: `n-${i}` });
}


const fieldsOf = (row: AuditEventRow): HashedAuditFields => ({
  seq: row.seq,
  at: row.at,
  actorId: row.actorId,
  action: row.action,
  entityType: row.entityType,
  entityId: row.entityId,
  ip: row.ip,
  outcome: row.outcome,
  detail: row.detail,
  prevHash: row.prevHash,
});

/**
 * Rewrites rows from `fromSeq` on (the first gets a forged detail) and recomputes every hash and
 * link after it, and the head, with `rehash`: what a forger who can write the file would do.
 */
async function rewriteFrom(db: Db, fromSeq: number, rehash: (fields: HashedAuditFields, keyId: string | null) => { hash: string; keyId: string | null }): Promise<void> {
  await dropAppendOnlyTriggers(db);
  let prevHash = (await auditRows(db)).find((r) => r.seq === fromSeq - 1)?.hash ?? GENESIS_HASH;
  for (const row of (await auditRows(db)).filter((r) => r.seq >= fromSeq)) {
    const fields = { ...fieldsOf(row), prevHash, detail: row.seq === fromSeq ? JSON.stringify({ forged: true }) : row.detail };
    const { hash, keyId } = rehash(fields, row.keyId);
    await db.update(auditEvents).set({ detail: fields.detail, prevHash, hash, keyId }).where(eq(auditEvents.seq, row.seq));
    prevHash = hash;
  }
  await db.update(auditChainHead).set({ lastHash: prevHash }).where(eq(auditChainHead.id, 1));
}

/** A database as an older release left it: rows hashed with plain SHA-256 and no key id. */
async function legacyChain(count: number): Promise<Db> {
  const db = await testDb();
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const fields = { seq, at: new Date(Date.UTC(2026, 0, seq)).toISOString(), actorId: null, action: "auth.sign_in", entityType: "user", entityId: `u${seq}`, ip: null, outcome: "success", detail: "{}", prevHash };
    prevHash = auditHash(fields);
    await db.insert(auditEvents).values({ ...fields, outcome: "success", hash: prevHash, keyId: null });
  }
  await db.insert(auditChainHead).values({ id: 1, lastSeq: count, lastHash: prevHash });
  return db;
}

async function expectBrokenAt(db: Db, seq: number, problem?: RegExp): Promise<void> {
  const verdict = await verifyAuditChain(db);
  expect(verdict).toMatchObject({ ok: false, seq });
  if (!verdict.ok && problem) expect(verdict.problem).toMatch(problem);
}

describe("a forger without the key cannot re-hash the chain", () => {
  it("rows rewritten and re-hashed with plain SHA-256 (the old scheme) fail at the first rewritten row", async () => {
    const db = await testDb();
    await writeRows(db, 8);
    await rewriteFrom(db, 3, (fields) => ({ hash: auditHash(fields), keyId: null }));
    await expectBrokenAt(db, 3, /row 3 was altered/);
  });

  it("every row rewritten as a legacy row, head and all, is refused: no keyed row", async () => {
    const db = await testDb();
    await writeRows(db, 5);
    await rewriteFrom(db, 1, (fields) => ({ hash: auditHash(fields), keyId: null }));
    await expectBrokenAt(db, 5, /no keyed row/);
  });

  it("rows re-hashed with HMAC under a guessed key, keeping the real key id, fail", async () => {
    const db = await testDb();
    await writeRows(db, 6);
    const guessed = randomBytes(32);
    await rewriteFrom(db, 4, (fields, keyId) => ({ hash: auditHmac(guessed, { ...fields, keyId: keyId ?? "k" }), keyId }));
    await expectBrokenAt(db, 4, /row 4 was altered/);
  });

  it("with the key, the same rewrite verifies: the key is what the chain's integrity rests on", async () => {
    const db = await testDb();
    await writeRows(db, 6);
    const key = keyringOf(db).keys[0];
    if (!key) throw new Error("no key");
    await rewriteFrom(db, 4, (fields) => ({ hash: auditHmac(key.secret, { ...fields, keyId: key.id }), keyId: key.id }));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: 6 });
  });
});

describe("key rotation", () => {
  it("rows under the old and the new key all verify; the rotation is a row of the chain", async () => {
    const db = await testDb();
    await writeRows(db, 3);
    const before = keyringOf(db);
    const after = rotatedKeyring(before);
    bindAuditKeyring(db, after);
    await recordKeyRotation(db, { from: before.currentId, to: after.currentId });
    await writeRows(db, 3);
    const rows = await auditRows(db);
    expect(rows.map((r) => r.keyId)).toEqual([...Array<string>(3).fill(before.currentId), ...Array<string>(4).fill(after.currentId)]);
    expect(rows[3]).toMatchObject({ action: "audit.key_rotated", detail: JSON.stringify({ from: before.currentId, to: after.currentId }) });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: 7 });
  });

  it("the old rows need the old key: a keyring without it names the first row it cannot check", async () => {
    const db = await testDb();
    await writeRows(db, 2);
    const after = rotatedKeyring(keyringOf(db));
    bindAuditKeyring(db, after);
    await writeRows(db, 2);
    const newOnly: AuditKeyring = { currentId: after.currentId, keys: after.keys.slice(1) };
    expect(await verifyAuditChain(db, newOnly)).toMatchObject({ ok: false, seq: 1, problem: expect.stringMatching(/not in the keyring/) });
  });

  it("a row after the rotation re-hashed with the old key (a leaked retired key) is refused", async () => {
    const db = await testDb();
    await writeRows(db, 2);
    const before = keyringOf(db);
    const oldKey = before.keys[0];
    if (!oldKey) throw new Error("no key");
    bindAuditKeyring(db, rotatedKeyring(before));
    await writeRows(db, 3);
    await rewriteFrom(db, 4, (fields) => ({ hash: auditHmac(oldKey.secret, { ...fields, keyId: oldKey.id }), keyId: oldKey.id }));
    await expectBrokenAt(db, 4, /replaced before/);
  });

  describe.skipIf(onPostgres)("with the keyring file beside a database file (SQLite only: PostgreSQL takes AUDIT_KEYRING)", () => {
    const dirs: string[] = [];
    afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

    it("is made on first use, mode 600, and a rotation written to it reaches the open connection before its next row", async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crisisnote-keyring-"));
      dirs.push(dir);
      const file = path.join(dir, "practice.db");
      const db = openDatabase(file);
      migrateSqliteDatabase(db);
      await sealAuditChain(db);
      const keyringFile = keyringFileFor(file);
      expect(fs.statSync(keyringFile).mode & 0o777).toBe(0o600);
      await writeRows(db, 2);
      const before = readKeyringFile(keyringFile);
      const after = rotatedKeyring(before);
      writeKeyringFile(keyringFile, after);
      await writeRows(db, 1);
      expect((await auditRows(db)).map((r) => r.keyId)).toEqual([before.currentId, before.currentId, after.currentId]);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: 3 });
      db.$client.close();
    });
  });
});

describe("rows written before the chain was keyed", () => {
  it("verify as legacy rows once the chain is sealed with a keyed row", async () => {
    const db = await legacyChain(4);
    expect(await sealAuditChain(db)).toEqual({ sealedLegacyRows: 4 });
    await writeRows(db, 2);
    const rows = await auditRows(db);
    expect(rows.map((r) => r.keyId === null)).toEqual([true, true, true, true, false, false, false]);
    expect(rows[4]).toMatchObject({ action: "audit.chain_keyed", detail: JSON.stringify({ legacyRows: 4, keyId: keyringOf(db).currentId }) });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: 7 });
    expect(await sealAuditChain(db)).toEqual({ sealedLegacyRows: 0 });
  });

  it("a legacy row rewritten and re-hashed, with every later legacy row, is caught at the keyed row that covers them", async () => {
    const db = await legacyChain(4);
    await sealAuditChain(db);
    await dropAppendOnlyTriggers(db);
    let prevHash = GENESIS_HASH;
    for (const row of (await auditRows(db)).filter((r) => r.keyId === null)) {
      const fields = { ...fieldsOf(row), prevHash, entityId: row.seq === 2 ? "someone-else" : row.entityId };
      prevHash = auditHash(fields);
      await db.update(auditEvents).set({ entityId: fields.entityId, prevHash: fields.prevHash, hash: prevHash }).where(eq(auditEvents.seq, row.seq));
    }
    await expectBrokenAt(db, 5, /does not link/);
  });

  it("an unsealed legacy chain does not verify (what a forger who removed the keyed rows would leave)", async () => {
    await expectBrokenAt(await legacyChain(3), 3, /no keyed row/);
  });
});

describe("checkpoints", () => {
  async function checkpointed(): Promise<{ db: Db; checkpoint: AuditCheckpoint }> {
    const db = await testDb();
    await writeRows(db, 5);
    const verdict = await verifyAuditChain(db);
    if (!verdict.ok) throw new Error(verdict.problem);
    const checkpoint = await makeCheckpoint(db, verdict.head);
    await writeRows(db, 2);
    return { db, checkpoint };
  }

  it("a chain that grew since still holds its checkpoint", async () => {
    const { db, checkpoint } = await checkpointed();
    expect(checkpoint).toMatchObject({ type: "crisisnote.audit-checkpoint", seq: 5, rows: 5, keyId: keyringOf(db).currentId });
    expect(await checkCheckpoint(db, checkpoint)).toEqual({ ok: true });
  });

  it("an edited checkpoint file fails its signature", async () => {
    const { db, checkpoint } = await checkpointed();
    const rows = await auditRows(db);
    for (const edited of [{ ...checkpoint, seq: 6, rows: 6, hash: rows[5]?.hash ?? "" }, { ...checkpoint, at: "2020-01-01T00:00:00.000Z" }]) {
      expect(await checkCheckpoint(db, edited)).toMatchObject({ ok: false, problem: expect.stringMatching(/signature/) });
    }
  });

  it("a checkpoint signed with a key not in the keyring is refused", async () => {
    const { db, checkpoint } = await checkpointed();
    const other = newKeyring().keys[0];
    if (!other) throw new Error("no key");
    const forged = signCheckpoint(other.secret, other.id, checkpoint);
    expect(await checkCheckpoint(db, forged)).toMatchObject({ ok: false, problem: expect.stringMatching(/not in the keyring/) });
  });

  it("a chain rewritten up to the checkpoint's row, or cut before it, no longer holds it", async () => {
    const rewritten = await checkpointed();
    const key = keyringOf(rewritten.db).keys[0];
    if (!key) throw new Error("no key");
    // Even with the key: the rewritten chain verifies, but not against the checkpoint kept elsewhere.
    await rewriteFrom(rewritten.db, 2, (fields) => ({ hash: auditHmac(key.secret, { ...fields, keyId: key.id }), keyId: key.id }));
    expect(await verifyAuditChain(rewritten.db)).toMatchObject({ ok: true });
    expect(await checkCheckpoint(rewritten.db, rewritten.checkpoint)).toMatchObject({ ok: false, problem: expect.stringMatching(/row 5 is not the row/) });

    const cut = await checkpointed();
    await dropAppendOnlyTriggers(cut.db);
    await cut.db.delete(auditEvents).where(sql`${auditEvents.seq} >= 5`);
    expect(await checkCheckpoint(cut.db, cut.checkpoint)).toMatchObject({ ok: false, problem: expect.stringMatching(/no longer in the chain/) });
  });
});

describe("incremental verification (the admin's button)", () => {
  it("checks only what is new, notices tampering in new rows; a full re-verify notices old ones", async () => {
    const { db, admin } = await clinic();
    const first = await checkAuditChain(admin, "new");
    expect(first).toMatchObject({ ok: true, rows: first.ok ? first.head.seq : 0 });
    if (!first.ok) throw new Error(first.problem);
    // The first check had nothing to start from: it walked the whole chain.
    expect(first.checked).toBe(first.rows);
    const status = await auditVerificationStatus(admin);
    expect(status).toMatchObject({ verifiedSeq: first.head.seq, fullVerifiedSeq: first.head.seq, failure: null, isRunning: false });
    expect(status.fullVerifiedAt).not.toBeNull();

    await writeRows(db, 3);
    const second = await checkAuditChain(admin, "new");
    // The three rows and the first check's own audit row.
    expect(second).toMatchObject({ ok: true, checked: 4 });

    // An old row (already verified) is altered: the incremental check does not read it again…
    await dropAppendOnlyTriggers(db);
    await db.update(auditEvents).set({ outcome: "denied" }).where(eq(auditEvents.seq, 2));
    await writeRows(db, 1);
    expect(await checkAuditChain(admin, "new")).toMatchObject({ ok: true, checked: 2 });
    // …the full re-verify does, and the page shows the failure.
    expect(await checkAuditChain(admin, "full")).toMatchObject({ ok: false, seq: 2 });
    expect((await auditVerificationStatus(admin)).failure).toMatchObject({ seq: 2, problem: "row 2 was altered after it was written" });
    const audited = (await auditRows(db)).filter((r) => r.action === "audit.chain_verified");
    expect(audited.at(-1)).toMatchObject({ outcome: "failure", actorId: admin.actor.id });
  });

  it("tampering with a row written since the last check is found by the next incremental check", async () => {
    const { db, admin } = await clinic();
    await checkAuditChain(admin, "new");
    await writeRows(db, 4);
    const target = (await lastSeq(db)) - 1;
    await dropAppendOnlyTriggers(db);
    await db.update(auditEvents).set({ ip: "203.0.113.99" }).where(eq(auditEvents.seq, target));
    expect(await checkAuditChain(admin, "new")).toMatchObject({ ok: false, seq: target });
  });

  it("the last verified row itself changed, or removed, fails the next incremental check", async () => {
    const { db, admin } = await clinic();
    const first = await checkAuditChain(admin, "new");
    if (!first.ok) throw new Error(first.problem);
    await dropAppendOnlyTriggers(db);
    await db.update(auditEvents).set({ hash: "f".repeat(64) }).where(eq(auditEvents.seq, first.head.seq));
    expect(await checkAuditChain(admin, "new")).toMatchObject({ ok: false, seq: first.head.seq, problem: expect.stringMatching(/after it was verified/) });
  });

  it("is refused to clinicians, audited", async () => {
    const { db, therapist } = await clinic();
    await expect(checkAuditChain(therapist, "full")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(auditVerificationStatus(therapist)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await auditRows(db)).at(-1)).toMatchObject({ action: "auth.access_denied", entityId: "audit.verify" });
  });

  it("a long walk lets other work through between its chunks: a health check answers before it ends", async () => {
    const db = await testDb();
    await writeRows(db, 400);
    const order: string[] = [];
    const walk = walkAuditChain(db, { chunkRows: 50 }).then((verdict) => {
      order.push("walk");
      return verdict;
    });
    // As a request arrives: on a later turn of the event loop, once the walk has started.
    const health = new Promise((resolve) => setImmediate(resolve))
      .then(() => checkDatabase({ db }))
      .then(() => order.push("health"));
    await Promise.all([walk, health]);
    expect(order).toEqual(["health", "walk"]);
    expect(await walk).toMatchObject({ ok: true, rows: 400, checked: 400 });
  });

  it("reads the chain in order from its first row, whatever the chunk size", async () => {
    const db = await testDb();
    await writeRows(db, 7);
    for (const chunkRows of [1, 2, 7, 100]) expect(await walkAuditChain(db, { chunkRows })).toMatchObject({ ok: true, rows: 7, checked: 7 });
    expect((await db.select({ seq: auditEvents.seq }).from(auditEvents).orderBy(asc(auditEvents.seq)))).toHaveLength(7);
  });
});
