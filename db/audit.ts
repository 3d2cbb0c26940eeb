import "server-only";
import { asc, eq } from "drizzle-orm";
import type { AuditAction, AuditDetail } from "@/lib/audit/actions";
import { GENESIS_HASH, auditHash } from "@/lib/audit/hash";
import type { Db } from "./client";
import type { DbContext } from "./context";
import type { AuditOutcome } from "@/lib/audit/actions";
import { type AuditEventRow, auditChainHead, auditEvents } from "./schema";

/** A transaction handle or the database itself: both offer the same synchronous query API. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

export type AuditEntry = {
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  outcome?: AuditOutcome;
  detail?: AuditDetail;
  /** For events before anyone is signed in (failed sign-in of a known account, setup). */
  actorId?: string | null;
};

/**
 * Appends one row to the chain. Call it inside the transaction of the change it records, opened
 * with `behavior: "immediate"` so that two writers cannot read the same chain head.
 */
export function appendAudit(tx: Tx, ctx: Pick<DbContext, "actor" | "ip">, entry: AuditEntry): void {
  const head = tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1)).get();
  const seq = (head?.lastSeq ?? 0) + 1;
  const fields = {
    seq,
    at: new Date().toISOString(),
    actorId: entry.actorId !== undefined ? entry.actorId : (ctx.actor?.id ?? null),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    ip: ctx.ip,
    outcome: entry.outcome ?? "success",
    detail: JSON.stringify(entry.detail ?? {}),
    prevHash: head?.lastHash ?? GENESIS_HASH,
  };
  const hash = auditHash(fields);
  tx.insert(auditEvents).values({ ...fields, hash }).run();
  tx.insert(auditChainHead)
    .values({ id: 1, lastSeq: seq, lastHash: hash })
    .onConflictDoUpdate({ target: auditChainHead.id, set: { lastSeq: seq, lastHash: hash } })
    .run();
}

/** An audit row written on its own, e.g. a refused request that changes nothing else. */
export function recordAudit(ctx: DbContext, entry: AuditEntry): void {
  ctx.db.transaction((tx) => appendAudit(tx, ctx, entry), { behavior: "immediate" });
}

export type ChainVerdict =
  | { ok: true; rows: number }
  | { ok: false; seq: number; problem: string };

/** Walks the whole chain in order and names the first row that was altered, inserted or removed. */
export function verifyAuditChain(db: Db): ChainVerdict {
  const rows: AuditEventRow[] = db.select().from(auditEvents).orderBy(asc(auditEvents.seq)).all();
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const row of rows) {
    if (row.seq < expectedSeq) {
      return { ok: false, seq: row.seq, problem: `row ${row.seq} is out of sequence` };
    }
    if (row.seq > expectedSeq) {
      return { ok: false, seq: expectedSeq, problem: `row ${expectedSeq} is missing` };
    }
    if (row.prevHash !== prevHash) {
      return { ok: false, seq: row.seq, problem: `row ${row.seq} does not link to the row before it` };
    }
    if (auditHash(row) !== row.hash) {
      return { ok: false, seq: row.seq, problem: `row ${row.seq} was altered after it was written` };
    }
    prevHash = row.hash;
    expectedSeq += 1;
  }
  // The head records the row the app wrote last: it tells a cut, extended or replaced tail.
  const head = db.select().from(auditChainHead).where(eq(auditChainHead.id, 1)).get();
  const lastSeq = expectedSeq - 1;
  const headSeq = head?.lastSeq ?? 0;
  if (headSeq > lastSeq) {
    return { ok: false, seq: lastSeq + 1, problem: `row ${lastSeq + 1} is missing (row ${headSeq} was written last)` };
  }
  if (headSeq < lastSeq) {
    return { ok: false, seq: headSeq + 1, problem: `row ${headSeq + 1} was not written by the app (row ${headSeq} was written last)` };
  }
  if ((head?.lastHash ?? GENESIS_HASH) !== prevHash) {
    return { ok: false, seq: lastSeq, problem: `row ${lastSeq} was replaced after it was written` };
  }
  return { ok: true, rows: rows.length };
}
