import "server-only";
import { asc, desc, eq, gt, lt } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { AuditCheckpoint } from "@/lib/audit/checkpoint";
import { AppError } from "@/lib/errors";
import { type ChainVerdict, makeCheckpoint, walkAuditChain } from "./audit-chain";
import type { Db } from "./client";
import type { DbContext } from "./context";
import { operation, requireRole } from "./operation";
import { auditChainHead, auditEvents, auditVerification, users } from "./schema";

export type AuditLogRow = {
  seq: number;
  at: string;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  outcome: string;
  ip: string | null;
  detail: string;
};

export const AUDIT_PAGE_SIZE = 50;

export type AuditPage = { rows: AuditLogRow[]; hasNewer: boolean; hasOlder: boolean };

/**
 * One page of the log, newest first, by position in the chain (keyset on `seq`): a page deep in a
 * large log costs what the first does, and nothing is counted or verified here.
 */
export async function listAuditEvents(ctx: DbContext, cursor: { before?: number; after?: number } = {}): Promise<AuditPage> {
  return operation(ctx, { name: "audit.list", roles: ["admin"], mode: "read" }, async ({ tx }) => {
    const actor = alias(users, "actor");
    const columns = {
      seq: auditEvents.seq,
      at: auditEvents.at,
      actorName: actor.name,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      outcome: auditEvents.outcome,
      ip: auditEvents.ip,
      detail: auditEvents.detail,
    };
    // One more row than shown tells whether there is a further page.
    const fetched =
      cursor.after !== undefined
        ? (
            await tx
              .select(columns)
              .from(auditEvents)
              .leftJoin(actor, eq(actor.id, auditEvents.actorId))
              .where(gt(auditEvents.seq, cursor.after))
              .orderBy(asc(auditEvents.seq))
              .limit(AUDIT_PAGE_SIZE + 1)
          ).reverse()
        : await tx
            .select(columns)
            .from(auditEvents)
            .leftJoin(actor, eq(actor.id, auditEvents.actorId))
            .where(cursor.before !== undefined ? lt(auditEvents.seq, cursor.before) : undefined)
            .orderBy(desc(auditEvents.seq))
            .limit(AUDIT_PAGE_SIZE + 1);
    const hasMore = fetched.length > AUDIT_PAGE_SIZE;
    if (cursor.after !== undefined) {
      return { rows: hasMore ? fetched.slice(1) : fetched, hasNewer: hasMore, hasOlder: true };
    }
    return { rows: hasMore ? fetched.slice(0, AUDIT_PAGE_SIZE) : fetched, hasNewer: cursor.before !== undefined, hasOlder: hasMore };
  });
}

/** "new": from the last row verified before (the whole chain the first time); "full": from the start. */
export type VerifyScope = "new" | "full";

export type AuditVerificationStatus = {
  /** The newest row of the chain. */
  headSeq: number;
  /** Rows up to this one were found intact by the last check that passed (0: never checked). */
  verifiedSeq: number;
  verifiedAt: string | null;
  fullVerifiedAt: string | null;
  fullVerifiedSeq: number | null;
  failure: { seq: number; problem: string; at: string } | null;
  isRunning: boolean;
};

const running = new WeakMap<Db, { isFull: boolean; done: Promise<ChainVerdict> }>();

/**
 * One check at a time per connection: a request for a check already running (or covered by a
 * full one running) waits for it instead of walking the chain a second time.
 */
function once(db: Db, isFull: boolean, run: () => Promise<ChainVerdict>): Promise<ChainVerdict> {
  const current = running.get(db);
  if (current && (current.isFull || !isFull)) return current.done;
  const done: Promise<ChainVerdict> = (current ? current.done.then(() => undefined, () => undefined) : Promise.resolve())
    .then(run)
    .finally(() => {
      if (running.get(db)?.done === done) running.delete(db);
    });
  running.set(db, { isFull, done });
  return done;
}

/**
 * The admin's integrity check. "new" walks only the rows written since the last check that passed
 * (after making sure its last row still has the hash it had then); "full" walks the whole chain,
 * which is what notices a change to old rows. Either way in chunks that let the server answer
 * other requests meanwhile (db/audit-chain.ts), never inside a page render. The result is kept
 * for the status line and audited.
 */
export async function checkAuditChain(ctx: DbContext, scope: VerifyScope = "new"): Promise<ChainVerdict> {
  await requireRole(ctx, { name: "audit.verify", roles: ["admin"] });
  const state = scope === "new" ? await readVerification(ctx) : undefined;
  const from = state && state.verifiedSeq > 0 ? { seq: state.verifiedSeq, hash: state.verifiedHash } : null;
  const isFull = from === null;
  return once(ctx.db, isFull, async () => {
    const verdict = await walkAuditChain(ctx.db, { from });
    await recordVerification(ctx, { verdict, isFull });
    return verdict;
  });
}

async function readVerification(ctx: DbContext) {
  return operation(ctx, { name: "audit.verify", roles: ["admin"], mode: "read" }, async ({ tx }) => {
    const [state] = await tx.select().from(auditVerification).where(eq(auditVerification.id, 1));
    return state;
  });
}

async function recordVerification(ctx: DbContext, { verdict, isFull }: { verdict: ChainVerdict; isFull: boolean }): Promise<void> {
  await operation(ctx, { name: "audit.verify", roles: ["admin"] }, async ({ tx, audit }) => {
    const at = new Date().toISOString();
    const [state] = await tx.select().from(auditVerification).where(eq(auditVerification.id, 1));
    const scope = isFull ? "full" : "new";
    if (verdict.ok) {
      // A slower full check finishing after a newer incremental one must not move the mark back.
      const isAhead = !state || verdict.head.seq >= state.verifiedSeq;
      const values = {
        verifiedSeq: isAhead ? verdict.head.seq : (state?.verifiedSeq ?? 0),
        verifiedHash: isAhead ? verdict.head.hash : (state?.verifiedHash ?? verdict.head.hash),
        verifiedAt: at,
        ...(isFull ? { fullVerifiedAt: at, fullVerifiedSeq: verdict.head.seq } : {}),
        failedAt: null,
        failedSeq: null,
        failure: null,
      };
      await tx.insert(auditVerification).values({ id: 1, ...values }).onConflictDoUpdate({ target: auditVerification.id, set: values });
      await audit({ action: "audit.chain_verified", entityType: "audit_chain", entityId: null, detail: { scope, rows: verdict.rows, checked: verdict.checked } });
      return;
    }
    const failure = { failedAt: at, failedSeq: verdict.seq, failure: verdict.problem };
    await tx
      .insert(auditVerification)
      .values({ id: 1, verifiedSeq: 0, verifiedHash: "", verifiedAt: at, ...failure })
      .onConflictDoUpdate({ target: auditVerification.id, set: failure });
    await audit({ action: "audit.chain_verified", entityType: "audit_chain", entityId: null, outcome: "failure", detail: { scope, seq: verdict.seq, problem: verdict.problem } });
  });
}

/** What the audit page shows about the checks: one row and the chain's head, nothing walked. */
export async function auditVerificationStatus(ctx: DbContext): Promise<AuditVerificationStatus> {
  return operation(ctx, { name: "audit.verify", roles: ["admin"], mode: "read" }, async ({ tx }) => {
    const [state] = await tx.select().from(auditVerification).where(eq(auditVerification.id, 1));
    const [head] = await tx.select({ lastSeq: auditChainHead.lastSeq }).from(auditChainHead).where(eq(auditChainHead.id, 1));
    return {
      headSeq: head?.lastSeq ?? 0,
      verifiedSeq: state?.verifiedSeq ?? 0,
      verifiedAt: state && state.verifiedSeq > 0 ? state.verifiedAt : null,
      fullVerifiedAt: state?.fullVerifiedAt ?? null,
      fullVerifiedSeq: state?.fullVerifiedSeq ?? null,
      failure: state?.failedAt && state.failedSeq !== null && state.failure ? { seq: state.failedSeq, problem: state.failure, at: state.failedAt } : null,
      isRunning: running.has(ctx.db),
    };
  });
}

/**
 * A signed checkpoint of the chain's head for the admin to keep elsewhere. The rows new since the
 * last check are verified first: a checkpoint never vouches for rows nobody checked. Audited.
 */
export async function exportAuditCheckpoint(ctx: DbContext): Promise<AuditCheckpoint> {
  const verdict = await checkAuditChain(ctx, "new");
  if (!verdict.ok) throw new AppError("CONFLICT", `The audit chain failed its check at entry ${verdict.seq}, so no checkpoint was made: ${verdict.problem}.`);
  const checkpoint = await makeCheckpoint(ctx.db, verdict.head);
  await operation(ctx, { name: "audit.checkpoint" , roles: ["admin"] }, ({ audit }) =>
    audit({ action: "audit.checkpoint_exported", entityType: "audit_chain", entityId: null, detail: { seq: checkpoint.seq, hash: checkpoint.hash, keyId: checkpoint.keyId } }),
  );
  return checkpoint;
}
