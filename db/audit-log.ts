import "server-only";
import { count, desc, eq } from "drizzle-orm";
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

export async function listAuditEvents(ctx: DbContext, page: number): Promise<{ rows: AuditLogRow[]; total: number }> {
  return operation(ctx, { name: "audit.list", roles: ["admin"], mode: "read" }, async ({ tx }) => {
    const actor = alias(users, "actor");
    const offset = Math.max(0, page - 1) * AUDIT_PAGE_SIZE;
    const rows = await tx
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
      .offset(offset);
    const [total] = await tx.select({ n: count() }).from(auditEvents);
    return { rows, total: total?.n ?? 0 };
  });
}

export async function checkAuditChain(ctx: DbContext): Promise<ChainVerdict> {
  return operation(ctx, { name: "audit.verify", roles: ["admin"], mode: "read" }, ({ tx }) => verifyAuditChain(tx));
}
