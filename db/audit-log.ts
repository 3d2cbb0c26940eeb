import "server-only";
import { asc, desc, eq, gt, lt } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { type ChainVerdict, verifyAuditChain } from "./audit";
import type { DbContext } from "./context";
import { operation } from "./operation";
import { auditEvents, users } from "./schema";

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

export async function checkAuditChain(ctx: DbContext): Promise<ChainVerdict> {
  return operation(ctx, { name: "audit.verify", roles: ["admin"], mode: "read" }, ({ tx }) => verifyAuditChain(tx));
}
