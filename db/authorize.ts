import "server-only";
import { AppError } from "@/lib/errors";
import { recordAudit } from "./audit";
import { type ActorContext, type DbContext, requireActor } from "./context";
import type { Role } from "@/lib/auth/roles";

/**
 * The one role check of the data layer. A refusal is audited (who tried what) and surfaces as
 * FORBIDDEN; routes never decide access on their own.
 */
export function authorize(ctx: DbContext, roles: readonly Role[], operation: string): asserts ctx is ActorContext {
  requireActor(ctx);
  if (roles.includes(ctx.actor.role)) return;
  recordAudit(ctx, {
    action: "auth.access_denied",
    entityType: "operation",
    entityId: operation,
    outcome: "denied",
    detail: { role: ctx.actor.role },
  });
  throw new AppError("FORBIDDEN", "You do not have access to this.");
}
