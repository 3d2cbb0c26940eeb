import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterFailedSignIn, CLEARED_LOCKOUT, isLocked } from "@/lib/auth/lockout";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import type { Actor, DbContext } from "./context";
import { publicOperation } from "./operation";
import { signIns, users } from "./schema";

const actorColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  mustChangePassword: users.mustChangePassword,
};

/** The acting user for a sign-in's user id, or null when that account is gone or deactivated. */
export async function findActiveActor(ctx: Pick<DbContext, "db">, userId: string): Promise<Actor | null> {
  return publicOperation({ db: ctx.db, ip: null }, { name: "auth.actor", mode: "read" }, async ({ tx }) => {
    const [row] = await tx
      .select({ ...actorColumns, active: users.active })
      .from(users)
      .where(eq(users.id, userId));
    if (!row || !row.active) return null;
    const { active: _active, ...actor } = row;
    return actor;
  });
}

type FailureReason = "unknown_account" | "wrong_password" | "locked" | "inactive";

/**
 * Checks an email and password. Every failure looks the same to the caller (null), so the
 * sign-in page cannot be used to find out which accounts exist; the audit trail keeps the reason.
 */
export async function signInWithPassword(ctx: DbContext, credentials: { email: string; password: string }, options: { device?: string | null } = {}): Promise<(Actor & { signInId: string }) | null> {
  const now = new Date();
  const claim = await claimAttempt(ctx, credentials.email, now);
  if (claim.kind === "unknown" || claim.kind === "locked") {
    // The same slow hash as a real check, so timing tells nothing about the account.
    await verifyAgainstDummy(credentials.password);
    await recordFailure(ctx, claim.kind === "locked" ? claim.user.id : null, claim.kind === "locked" ? "locked" : "unknown_account");
    return null;
  }
  const { user } = claim;
  const passwordOk = await verifyPassword(user.passwordHash, credentials.password);
  if (!passwordOk) {
    await recordWrongPassword(ctx, user.id, claim.lockedNow);
    return null;
  }
  if (!user.active) {
    await recordFailure(ctx, user.id, "inactive");
    return null;
  }
  const signInId = randomUUID();
  await publicOperation(ctx, { name: "auth.sign_in" }, async ({ tx, audit }) => {
    await tx.update(users).set(CLEARED_LOCKOUT).where(eq(users.id, user.id));
    // The token will carry this id: the sign-in lasts only while its row is open.
    await tx.insert(signIns).values({ id: signInId, userId: user.id, createdAt: now.toISOString(), lastSeenAt: now.toISOString(), device: options.device ?? null });
    await audit({ action: "auth.sign_in", entityType: "user", entityId: user.id, actorId: user.id });
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword, signInId };
}

async function recordFailure(ctx: DbContext, userId: string | null, reason: FailureReason): Promise<void> {
  await publicOperation(ctx, { name: "auth.sign_in_failed" }, ({ audit }) =>
    audit({ action: "auth.sign_in_failed", entityType: "user", entityId: userId, actorId: userId, outcome: "failure", detail: { reason } }),
  );
}

type Claim =
  | { kind: "unknown" }
  | { kind: "locked"; user: { id: string } }
  | { kind: "verify"; user: typeof users.$inferSelect; lockedNow: boolean };

/**
 * Counts the attempt as a failure before the password is compared, in one write: guesses sent
 * together are counted one after another, so once the count locks the account no further guess
 * is even checked. A right password then clears the count (an attempt within the budget).
 */
async function claimAttempt(ctx: DbContext, email: string, now: Date): Promise<Claim> {
  return publicOperation(ctx, { name: "auth.sign_in_attempt" }, async ({ tx }) => {
    const [user] = await tx.select().from(users).where(eq(users.email, email));
    if (!user) return { kind: "unknown" };
    if (isLocked(user, now)) return { kind: "locked", user: { id: user.id } };
    const { lockedNow, ...next } = afterFailedSignIn(user, now);
    await tx.update(users).set(next).where(eq(users.id, user.id));
    return { kind: "verify", user, lockedNow };
  });
}

async function recordWrongPassword(ctx: DbContext, userId: string, lockedNow: boolean): Promise<void> {
  await publicOperation(ctx, { name: "auth.sign_in_failed" }, async ({ tx, audit }) => {
    await audit({ action: "auth.sign_in_failed", entityType: "user", entityId: userId, actorId: userId, outcome: "failure", detail: { reason: "wrong_password" } });
    if (lockedNow) {
      const [state] = await tx.select({ lockedUntil: users.lockedUntil, lockoutCount: users.lockoutCount }).from(users).where(eq(users.id, userId));
      await audit({
        action: "auth.lockout",
        entityType: "user",
        entityId: userId,
        actorId: userId,
        outcome: "failure",
        detail: { lockedUntil: state?.lockedUntil ?? null, lockoutCount: state?.lockoutCount ?? null },
      });
    }
  });
}

export async function recordSignOut(ctx: DbContext, userId: string): Promise<void> {
  await publicOperation(ctx, { name: "auth.sign_out" }, ({ audit }) =>
    audit({ action: "auth.sign_out", entityType: "user", entityId: userId, actorId: userId }),
  );
}
