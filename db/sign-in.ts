import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterFailedSignIn, CLEARED_LOCKOUT, isLocked } from "@/lib/auth/lockout";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import type { Actor, DbContext } from "./context";
import { publicOperation } from "./operation";
import { refundSignInAttempt } from "./sign-in-throttle";
import type { Tx } from "./client";
import { signIns, unknownAccountLockouts, users } from "./tables";

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

/** A signed-in user, or a refusal; `lockedUntil` is set only when the account is locked. */
export type SignInOutcome = { actor: Actor & { signInId: string }; lockedUntil: null } | { actor: null; lockedUntil: string | null };

/**
 * Checks an email and password. A wrong password, an unknown account and a deactivated one look
 * the same to the caller, so the sign-in page cannot be used to find out which accounts exist; a
 * locked account says until when, and an email without an account locks the same way. The audit
 * trail keeps the reason.
 */
export async function signInWithPassword(ctx: DbContext, credentials: { email: string; password: string }, options: { device?: string | null } = {}): Promise<SignInOutcome> {
  const now = new Date();
  const claim = await claimAttempt(ctx, credentials.email, now);
  if (claim.kind === "unknown" || claim.kind === "locked") {
    // The same slow hash as a real check, so timing tells nothing about the account.
    await verifyAgainstDummy(credentials.password);
    if (claim.kind === "unknown") {
      await recordFailure(ctx, null, "unknown_account");
      return { actor: null, lockedUntil: claim.lockedUntil };
    }
    await recordFailure(ctx, claim.user.id, "locked");
    return { actor: null, lockedUntil: claim.user.lockedUntil };
  }
  const { user } = claim;
  const passwordOk = await verifyPassword(user.passwordHash, credentials.password);
  if (!passwordOk) {
    const lockedUntil = await recordWrongPassword(ctx, user.id, claim.lockedNow);
    return { actor: null, lockedUntil };
  }
  if (!user.active) {
    await recordFailure(ctx, user.id, "inactive");
    return { actor: null, lockedUntil: null };
  }
  const signInId = randomUUID();
  await publicOperation(ctx, { name: "auth.sign_in" }, async ({ tx, audit }) => {
    await tx.update(users).set(CLEARED_LOCKOUT).where(eq(users.id, user.id));
    // The token will carry this id: the sign-in lasts only while its row is open.
    await tx.insert(signIns).values({ id: signInId, userId: user.id, createdAt: now.toISOString(), lastSeenAt: now.toISOString(), device: options.device ?? null });
    // Only failures use up the address's and the practice's sign-in budget.
    await refundSignInAttempt(tx, ctx.ip);
    await audit({ action: "auth.sign_in", entityType: "user", entityId: user.id, actorId: user.id });
  });
  return { actor: { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword, signInId }, lockedUntil: null };
}

async function recordFailure(ctx: DbContext, userId: string | null, reason: FailureReason): Promise<void> {
  await publicOperation(ctx, { name: "auth.sign_in_failed" }, ({ audit }) =>
    audit({ action: "auth.sign_in_failed", entityType: "user", entityId: userId, actorId: userId, outcome: "failure", detail: { reason } }),
  );
}

type Claim =
  | { kind: "unknown"; lockedUntil: string | null }
  | { kind: "locked"; user: { id: string; lockedUntil: string | null } }
  | { kind: "verify"; user: typeof users.$inferSelect; lockedNow: boolean };

/**
 * Counts the attempt as a failure before the password is compared, in one write: guesses sent
 * together are counted one after another, so once the count locks the account no further guess
 * is even checked. A right password then clears the count (an attempt within the budget).
 */
async function claimAttempt(ctx: DbContext, email: string, now: Date): Promise<Claim> {
  return publicOperation(ctx, { name: "auth.sign_in_attempt" }, async ({ tx }) => {
    const [user] = await tx.select().from(users).where(eq(users.email, email));
    if (!user) return { kind: "unknown", lockedUntil: await claimUnknownAccountAttempt(tx, email, now) };
    if (isLocked(user, now)) return { kind: "locked", user: { id: user.id, lockedUntil: user.lockedUntil } };
    const { lockedNow, ...next } = afterFailedSignIn(user, now);
    await tx.update(users).set(next).where(eq(users.id, user.id));
    return { kind: "verify", user, lockedNow };
  });
}

/**
 * An email without an account locks exactly as an account would (same count, window and backoff),
 * so "locked until" is no sign that the account exists. Returns the lock's end once locked.
 */
async function claimUnknownAccountAttempt(tx: Tx, email: string, now: Date): Promise<string | null> {
  const emailHash = createHash("sha256").update(email).digest("hex");
  const [row] = await tx.select().from(unknownAccountLockouts).where(eq(unknownAccountLockouts.emailHash, emailHash));
  const state = row ?? { emailHash, ...CLEARED_LOCKOUT };
  if (isLocked(state, now)) return state.lockedUntil;
  const { lockedNow, ...next } = afterFailedSignIn(state, now);
  await tx.insert(unknownAccountLockouts).values({ emailHash, ...next }).onConflictDoUpdate({ target: unknownAccountLockouts.emailHash, set: next });
  return lockedNow ? next.lockedUntil : null;
}

/** Audits a wrong password (and the lockout it caused); returns the lock's end when it locked. */
async function recordWrongPassword(ctx: DbContext, userId: string, lockedNow: boolean): Promise<string | null> {
  return publicOperation(ctx, { name: "auth.sign_in_failed" }, async ({ tx, audit }) => {
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
      return state?.lockedUntil ?? null;
    }
    return null;
  });
}

export async function recordSignOut(ctx: DbContext, userId: string): Promise<void> {
  await publicOperation(ctx, { name: "auth.sign_out" }, ({ audit }) =>
    audit({ action: "auth.sign_out", entityType: "user", entityId: userId, actorId: userId }),
  );
}
