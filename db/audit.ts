import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import type { AuditAction, AuditDetail, AuditOutcome } from "@/lib/audit/actions";
import { GENESIS_HASH, auditHash } from "@/lib/audit/hash";
import type { Db, Tx } from "./client";
import type { DbContext } from "./context";
import { type AuditEventRow, auditChainHead, auditEvents } from "./schema";

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
 * Appends one row to the chain, inside the transaction of the change it records. Only the unit
 * of work (db/operation.ts) calls it, in a write transaction, so two writers never read the
 * same chain head.
 */
export async function appendAudit(tx: Tx, ctx: Pick<DbContext, "actor" | "ip">, entry: AuditEntry): Promise<void> {
  const [head] = await tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
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
  await tx.insert(auditEvents).values({ ...fields, hash });
  await tx
    .insert(auditChainHead)
    .values({ id: 1, lastSeq: seq, lastHash: hash })
    .onConflictDoUpdate({ target: auditChainHead.id, set: { lastSeq: seq, lastHash: hash } });
}

/** How long a view stays "the same look" at a record: a refresh within it is not a new view. */
export const VIEW_COALESCE_MS = 5 * 60 * 1000;

/**
 * Whether a read of PHI is a new view worth a row. It is not when the actor's latest audit row is
 * about the same record, less than VIEW_COALESCE_MS ago, and was either the actor's own change to
 * it (the page re-rendering after a timer click or segment edit) or this very same view (a
 * refresh). Looking at anything else in between makes the next look a new view again; a print
 * is always a new row.
 */
export async function isNewView(tx: Tx, actorId: string, entry: AuditEntry, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - VIEW_COALESCE_MS).toISOString();
  // The actor's latest row, then its age: one index entry read (audit_events_actor_idx). A filter
  // on `at` in the query would walk back through every older row of an actor idle for 5 minutes.
  const [last] = await tx
    .select({ at: auditEvents.at, action: auditEvents.action, entityType: auditEvents.entityType, entityId: auditEvents.entityId, detail: auditEvents.detail, outcome: auditEvents.outcome })
    .from(auditEvents)
    .where(eq(auditEvents.actorId, actorId))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  if (!last || last.at <= since || last.outcome !== "success") return true;
  if (last.entityType !== entry.entityType || last.entityId !== (entry.entityId ?? null)) return true;
  if (last.action === entry.action) return last.detail !== JSON.stringify(entry.detail ?? {});
  // A print puts the record on paper: always its own row, unless it is a refresh of the same print.
  if (entry.action.endsWith(".printed")) return true;
  return isViewAction(last.action);
}

const VIEW_SUFFIXES = [".viewed", ".listed", ".searched", ".printed"];
const isViewAction = (action: string): boolean => VIEW_SUFFIXES.some((suffix) => action.endsWith(suffix));

export type ChainVerdict =
  | { ok: true; rows: number }
  | { ok: false; seq: number; problem: string };

/** Walks the whole chain in order and names the first row that was altered, inserted or removed. */
export async function verifyAuditChain(db: Db): Promise<ChainVerdict> {
  const rows: AuditEventRow[] = await db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
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
  const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
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
