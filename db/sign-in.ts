import "server-only";
import { eq } from "drizzle-orm";
import { afterFailedSignIn, CLEARED_LOCKOUT, isLocked } from "@/lib/auth/lockout";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { appendAudit } from "./audit";
import type { Actor, DbContext } from "./context";
import { users } from "./schema";

const actorColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  mustChangePassword: users.mustChangePassword,
};

/** The acting user for a session's user id, or null when that account is gone or deactivated. */
export function findActiveActor(ctx: Pick<DbContext, "db">, userId: string): Actor | null {
  const row = ctx.db
    .select({ ...actorColumns, active: users.active })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!row || !row.active) return null;
  const { active: _active, ...actor } = row;
  return actor;
}

type FailureReason = "unknown_account" | "wrong_password" | "locked" | "inactive";

/**
 * Checks an email and password. Every failure looks the same to the caller (null), so the
 * sign-in page cannot be used to find out which accounts exist; the audit trail keeps the reason.
 */
export async function signInWithPassword(
  ctx: DbContext,
  credentials: { email: string; password: string },
): Promise<Actor | null> {
  const now = new Date();
  const user = ctx.db.select().from(users).where(eq(users.email, credentials.email)).get();
  if (!user) {
    await verifyAgainstDummy(credentials.password);
    recordFailure(ctx, null, "unknown_account");
    return null;
  }
  if (isLocked(user, now)) {
    await verifyAgainstDummy(credentials.password);
    recordFailure(ctx, user.id, "locked");
    return null;
  }
  const passwordOk = await verifyPassword(user.passwordHash, credentials.password);
  if (!passwordOk) {
    registerWrongPassword(ctx, user.id, now);
    return null;
  }
  if (!user.active) {
    recordFailure(ctx, user.id, "inactive");
    return null;
  }
  ctx.db.transaction(
    (tx) => {
      tx.update(users).set(CLEARED_LOCKOUT).where(eq(users.id, user.id)).run();
      appendAudit(tx, ctx, { action: "auth.sign_in", entityType: "user", entityId: user.id, actorId: user.id });
    },
    { behavior: "immediate" },
  );
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword };
}

function recordFailure(ctx: DbContext, userId: string | null, reason: FailureReason): void {
  ctx.db.transaction(
    (tx) =>
      appendAudit(tx, ctx, {
        action: "auth.sign_in_failed",
        entityType: "user",
        entityId: userId,
        actorId: userId,
        outcome: "failure",
        detail: { reason },
      }),
    { behavior: "immediate" },
  );
}

function registerWrongPassword(ctx: DbContext, userId: string, now: Date): void {
  ctx.db.transaction(
    (tx) => {
      // Re-read inside the write lock: concurrent failures must all count.
      const current = tx.select().from(users).where(eq(users.id, userId)).get();
      if (!current) return;
      const { lockedNow, ...next } = afterFailedSignIn(current, now);
      tx.update(users).set(next).where(eq(users.id, userId)).run();
      appendAudit(tx, ctx, {
        action: "auth.sign_in_failed",
        entityType: "user",
        entityId: userId,
        actorId: userId,
        outcome: "failure",
        detail: { reason: "wrong_password" },
      });
      if (lockedNow) {
        appendAudit(tx, ctx, {
          action: "auth.lockout",
          entityType: "user",
          entityId: userId,
          actorId: userId,
          outcome: "failure",
          detail: { lockedUntil: next.lockedUntil, lockoutCount: next.lockoutCount },
        });
      }
    },
    { behavior: "immediate" },
  );
}

export function recordSignOut(ctx: DbContext, userId: string): void {
  ctx.db.transaction(
    (tx) => appendAudit(tx, ctx, { action: "auth.sign_out", entityType: "user", entityId: userId, actorId: userId }),
    { behavior: "immediate" },
  );
}
