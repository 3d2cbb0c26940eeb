import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { type ChainVerdict, verifyAuditChain } from "./audit";
import { authorize } from "./authorize";
import type { DbContext } from "./context";
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

export function listAuditEvents(ctx: DbContext, page: number): { rows: AuditLogRow[]; total: number } {
  authorize(ctx, ["admin"], "audit.list");
  const actor = alias(users, "actor");
  const offset = Math.max(0, page - 1) * AUDIT_PAGE_SIZE;
  const rows = ctx.db
    .select({
      seq: auditEvents.seq,
      at: auditEvents.at,
      actorName: actor.name,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      outcome: auditEvents.outcome,
      ip: auditEvents.ip,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorId))
    .orderBy(desc(auditEvents.seq))
    .limit(AUDIT_PAGE_SIZE)
    .offset(offset)
    .all();
  const total = ctx.db.select({ n: count() }).from(auditEvents).get()?.n ?? 0;
  return { rows, total };
}

export function checkAuditChain(ctx: DbContext): ChainVerdict {
  authorize(ctx, ["admin"], "audit.verify");
  return verifyAuditChain(ctx.db);
}
