import "server-only";
import { count, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { ROLES } from "@/lib/auth/roles";
import type { DbContext } from "./context";
import { operation } from "./operation";
import { reviewQueue, users } from "./tables";
import { reviewQueueFor } from "./scopes";
import type { ResetNotice } from "./users";

export type SignedInArea = {
  /** A supervisor's "Notes to review" badge (countReviewQueue); null for other roles. */
  reviewCount: number | null;
  /** An admin's reset of the user's password not yet acknowledged (getResetNotice). */
  resetNotice: ResetNotice | null;
};

/**
 * What the signed-in area's frame shows on every page, in one statement: the reset notice and,
 * for a supervisor, the queue badge (counted from the queue's own index). Neither is PHI: not
 * audited.
 */
export async function getSignedInArea(ctx: DbContext): Promise<SignedInArea> {
  return operation(ctx, { name: "account.signed_in_area", roles: ROLES, mode: "read" }, async ({ tx, actor }) => {
    const admin = alias(users, "reset_by");
    const queued = tx.select({ n: count() }).from(reviewQueue).where(reviewQueueFor(actor));
    const [row] = await tx
      .select({ resetAt: users.passwordResetAt, resetByName: admin.name, reviewCount: actor.role === "supervisor" ? sql<number>`(${queued})` : sql<null>`null` })
      .from(users)
      .leftJoin(admin, eq(admin.id, users.passwordResetById))
      .where(eq(users.id, actor.id));
    return {
      reviewCount: actor.role === "supervisor" ? Number(row?.reviewCount ?? 0) : null,
      resetNotice: row?.resetAt ? { resetAt: row.resetAt, resetByName: row.resetByName } : null,
    };
  });
}
