import "server-only";
import { desc, eq, isNotNull } from "drizzle-orm";
import type { AuditAction, AuditDetail, AuditOutcome } from "@/lib/audit/actions";
import { GENESIS_HASH, auditHmac } from "@/lib/audit/hash";
import { type AuditKeyring, MissingKeyringError, currentKey, ensureKeyringFile, keyringOf } from "./audit-keyring";
import type { Tx } from "./client";
import type { DbContext } from "./context";
import { auditChainHead, auditEvents } from "./tables";

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
 * Appends one row to the chain, inside the transaction of the change it records, hashed with the
 * keyring's current key. Only the unit of work (db/operation.ts) calls it, in a write transaction,
 * so two writers never read the same chain head, and the keyring is read under the write lock: a
 * rotation (which writes the new keyring before its own row) is seen by every later row.
 */
export async function appendAudit(tx: Tx, ctx: Pick<DbContext, "actor" | "ip">, entry: AuditEntry): Promise<void> {
  const key = currentKey(await auditKeyringFor(tx));
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
  const hash = auditHmac(key.secret, { ...fields, keyId: key.id });
  await tx.insert(auditEvents).values({ ...fields, hash, keyId: key.id });
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

/**
 * The keyring new rows are hashed with. On a new installation (no keyed row yet) a missing keyring
 * file is made; once the chain holds keyed rows a missing keyring is an error, never silently
 * replaced: rows signed with a lost key could no longer be told from forgeries.
 */
export async function auditKeyringFor(tx: Tx): Promise<AuditKeyring> {
  try {
    return keyringOf(tx);
  } catch (error) {
    if (!(error instanceof MissingKeyringError)) throw error;
    const [keyed] = await tx.select({ keyId: auditEvents.keyId }).from(auditEvents).where(isNotNull(auditEvents.keyId)).limit(1);
    if (keyed) throw new Error(`${error.message} The audit chain is keyed with "${keyed.keyId}"; a new keyring would leave its rows unverifiable.`);
    ensureKeyringFile(error.file);
    return keyringOf(tx);
  }
}
