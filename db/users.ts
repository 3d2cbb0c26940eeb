import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, count, eq, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { z } from "zod";
import { CLEARED_LOCKOUT, afterFailedSignIn, isLocked } from "@/lib/auth/lockout";
import { generateTemporaryPassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import { ROLES, type Role } from "@/lib/auth/roles";
import type { ReviewMode } from "@/lib/notes/status";
import { AppError } from "@/lib/errors";
import type { changePasswordSchema } from "@/lib/validation/auth";
import type { createUserSchema, updateUserSchema } from "@/lib/validation/users";
import type { Tx } from "./client";
import type { DbContext } from "./context";
import { operation, publicOperation, requireRole } from "./operation";
import { users } from "./tables";
import { endSignInsOf } from "./sign-ins";

/** What admins see of a user: never the password hash or lockout internals. */
export type UserSummary = {
  id: string;
  email: string;
  name: string;
  role: Role;
  credentials: string | null;
  npi: string | null;
  supervisorId: string | null;
  supervisorName: string | null;
  reviewMode: ReviewMode;
  active: boolean;
  locked: boolean;
  mustChangePassword: boolean;
};

const ADMINS: readonly Role[] = ["admin"];

async function selectSummaries(tx: Tx, userId?: string): Promise<UserSummary[]> {
  const supervisor = alias(users, "supervisor");
  const rows = await tx
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      credentials: users.credentials,
      npi: users.npi,
      supervisorId: users.supervisorId,
      supervisorName: supervisor.name,
      reviewMode: users.reviewMode,
      active: users.active,
      lockedUntil: users.lockedUntil,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .leftJoin(supervisor, eq(supervisor.id, users.supervisorId))
    .where(userId === undefined ? undefined : eq(users.id, userId))
    .orderBy(asc(users.name));
  const now = Date.now();
  return rows.map(({ lockedUntil, ...row }) => ({ ...row, locked: lockedUntil !== null && Date.parse(lockedUntil) > now }));
}

export async function listUsers(ctx: DbContext): Promise<UserSummary[]> {
  return operation(ctx, { name: "users.list", roles: ADMINS, mode: "read" }, ({ tx }) => selectSummaries(tx));
}

export async function getUser(ctx: DbContext, userId: string): Promise<UserSummary> {
  return operation(ctx, { name: "users.read", roles: ADMINS, mode: "read" }, async ({ tx }) => {
    const [user] = await selectSummaries(tx, userId);
    if (!user) throw new AppError("NOT_FOUND", "That user does not exist.");
    return user;
  });
}

/** Active supervisors an admin can assign to a therapist. */
export async function listSupervisorOptions(ctx: DbContext): Promise<{ id: string; name: string }[]> {
  return operation(ctx, { name: "users.list_supervisors", roles: ADMINS, mode: "read" }, ({ tx }) =>
    tx
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.role, "supervisor"), eq(users.active, true)))
      .orderBy(asc(users.name)),
  );
}

async function assertValidSupervisor(tx: Tx, supervisorId: string | null, userId: string | null): Promise<void> {
  if (supervisorId === null) return;
  if (supervisorId === userId) throw fieldError("supervisorId", "A user cannot supervise themselves.");
  const [supervisor] = await tx.select({ role: users.role, active: users.active }).from(users).where(eq(users.id, supervisorId));
  if (!supervisor || supervisor.role !== "supervisor" || !supervisor.active) {
    throw fieldError("supervisorId", "Choose an active supervisor from the list.");
  }
}

function fieldError(field: string, message: string): AppError {
  return new AppError("VALIDATION", message, { [field]: [message] });
}

async function assertEmailFree(tx: Tx, email: string): Promise<void> {
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing) throw fieldError("email", "A user with this email already exists.");
}

type WithOptionalReviewMode<T> = Omit<T, "reviewMode"> & { reviewMode?: ReviewMode };

export async function createUser(ctx: DbContext, input: WithOptionalReviewMode<z.output<typeof createUserSchema>>): Promise<{ userId: string; temporaryPassword: string }> {
  // The slow hash comes outside the transaction, after the role check (a refusal costs no hash).
  await requireRole(ctx, { name: "users.create", roles: ADMINS });
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return operation(ctx, { name: "users.create", roles: ADMINS }, async ({ tx, audit }) => {
    await assertEmailFree(tx, input.email);
    await assertValidSupervisor(tx, input.supervisorId, null);
    const now = new Date().toISOString();
    const userId = randomUUID();
    await tx.insert(users).values({ ...input, id: userId, passwordHash, mustChangePassword: true, createdAt: now, updatedAt: now });
    await audit({ action: "user.created", entityType: "user", entityId: userId, detail: { role: input.role, supervised: input.supervisorId !== null } });
    return { userId, temporaryPassword };
  });
}

async function countActiveAdminsExcept(tx: Tx, userId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true), ne(users.id, userId)));
  return row?.n ?? 0;
}

/**
 * An admin's change to a user. A new supervisor takes over the therapist's waiting notes at once
 * (the review scope follows the current supervisor).
 */
export async function updateUser(ctx: DbContext, input: WithOptionalReviewMode<z.output<typeof updateUserSchema>>): Promise<void> {
  const { userId, ...changes } = input;
  await operation(ctx, { name: "users.update", roles: ADMINS }, async ({ tx, audit }) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId));
    if (!before) throw new AppError("NOT_FOUND", "That user does not exist.");
    await assertValidSupervisor(tx, changes.supervisorId, userId);
    if (before.role === "admin" && changes.role !== "admin" && (await countActiveAdminsExcept(tx, userId)) === 0) {
      throw fieldError("role", "The practice needs at least one active admin.");
    }
    if (before.role === "supervisor" && changes.role !== "supervisor") {
      const [supervisees] = await tx.select({ n: count() }).from(users).where(eq(users.supervisorId, userId));
      if ((supervisees?.n ?? 0) > 0) throw fieldError("role", "Assign this supervisor's therapists to someone else first.");
    }
    await tx
      .update(users)
      .set({ ...changes, updatedAt: new Date().toISOString() })
      .where(eq(users.id, userId));
    const changed = (Object.keys(changes) as (keyof typeof changes)[]).filter((k) => before[k] !== changes[k]);
    // A new role must be signed in with: the old tokens carry the old one.
    if (before.role !== changes.role) await endSignInsOf(tx, userId, "role_changed");
    await audit({ action: "user.changed", entityType: "user", entityId: userId, detail: { fields: changed.join(","), role: changes.role } });
  });
}

export async function setUserActive(ctx: DbContext, input: { userId: string; active: boolean }): Promise<void> {
  await operation(ctx, { name: input.active ? "users.reactivate" : "users.deactivate", roles: ADMINS }, async ({ tx, actor, audit }) => {
    if (!input.active && input.userId === actor.id) throw new AppError("CONFLICT", "You cannot deactivate your own account.");
    const [before] = await tx.select({ role: users.role, active: users.active }).from(users).where(eq(users.id, input.userId));
    if (!before) throw new AppError("NOT_FOUND", "That user does not exist.");
    if (before.active === input.active) return;
    if (!input.active && before.role === "admin" && (await countActiveAdminsExcept(tx, input.userId)) === 0) {
      throw new AppError("CONFLICT", "The practice needs at least one active admin.");
    }
    await tx
      .update(users)
      .set({ active: input.active, updatedAt: new Date().toISOString() })
      .where(eq(users.id, input.userId));
    if (!input.active) await endSignInsOf(tx, input.userId, "deactivated");
    await audit({ action: input.active ? "user.reactivated" : "user.deactivated", entityType: "user", entityId: input.userId });
  });
}

/** A new temporary password, shown once to the admin; it also lifts a lockout. */
export async function resetPassword(ctx: DbContext, userId: string): Promise<{ temporaryPassword: string }> {
  await requireRole(ctx, { name: "users.reset_password", roles: ADMINS });
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return operation(ctx, { name: "users.reset_password", roles: ADMINS }, async ({ tx, actor, audit }) => {
    const now = new Date().toISOString();
    // The user is told who reset it and when, once they have chosen their own (getResetNotice).
    const updated = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, ...CLEARED_LOCKOUT, passwordResetById: actor.id, passwordResetAt: now, updatedAt: now })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (updated.length === 0) throw new AppError("NOT_FOUND", "That user does not exist.");
    await endSignInsOf(tx, userId, "password_reset");
    await audit({ action: "user.password_reset", entityType: "user", entityId: userId });
    return { temporaryPassword };
  });
}

export async function changeOwnPassword(ctx: DbContext, input: z.output<typeof changePasswordSchema>): Promise<void> {
  // The current password is a sign-in secret: each check counts against the same lockout as
  // sign-in, claimed before the slow comparison so guesses sent together cannot outrun it.
  const now = new Date();
  const claim = await operation(ctx, { name: "account.check_password", roles: ROLES }, async ({ tx, actor }) => {
    const [row] = await tx.select().from(users).where(eq(users.id, actor.id));
    if (!row) return null;
    if (isLocked(row, now)) return { passwordHash: row.passwordHash, locked: true, lockedNow: false };
    const { lockedNow, ...next } = afterFailedSignIn(row, now);
    await tx.update(users).set(next).where(eq(users.id, actor.id));
    return { passwordHash: row.passwordHash, locked: false, lockedNow };
  });
  if (!claim) throw new AppError("NOT_FOUND", "Your account no longer exists.");
  if (claim.locked) throw new AppError("LOCKED", "Too many wrong passwords: your account is locked for a while. Try again later, or ask your practice admin.");
  // Both hashes are slow: computed between the units of work, never inside one.
  if (!(await verifyPassword(claim.passwordHash, input.currentPassword))) {
    await operation(ctx, { name: "account.check_password", roles: ROLES }, async ({ actor, audit }) => {
      await audit({ action: "user.password_check_failed", entityType: "user", entityId: actor.id, outcome: "failure" });
      if (claim.lockedNow) await audit({ action: "auth.lockout", entityType: "user", entityId: actor.id, outcome: "failure" });
    });
    throw fieldError("currentPassword", "The current password is not correct.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await operation(ctx, { name: "account.change_password", roles: ROLES }, async ({ tx, actor, audit }) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, ...CLEARED_LOCKOUT, updatedAt: new Date().toISOString() })
      .where(eq(users.id, actor.id));
    // Every other sign-in of this user ends; the one that changed the password goes on.
    await endSignInsOf(tx, actor.id, "password_changed", ctx.signInId);
    await audit({ action: "user.password_changed", entityType: "user", entityId: actor.id });
  });
}

export type ResetNotice = { resetAt: string; resetByName: string | null };

/**
 * An admin's reset of the user's password they have not yet acknowledged: an admin who resets a
 * password could sign in as the user, so the user is told who did it and when (issue 11, §11).
 * Shown once the user has chosen their own password.
 */
export async function getResetNotice(ctx: DbContext): Promise<ResetNotice | null> {
  return operation(ctx, { name: "account.reset_notice", roles: ROLES, mode: "read" }, async ({ tx, actor }) => {
    const admin = alias(users, "reset_by");
    const [row] = await tx
      .select({ resetAt: users.passwordResetAt, resetByName: admin.name })
      .from(users)
      .leftJoin(admin, eq(admin.id, users.passwordResetById))
      .where(eq(users.id, actor.id));
    return row?.resetAt ? { resetAt: row.resetAt, resetByName: row.resetByName } : null;
  });
}

/** The user has read the reset notice: it is not shown again (audited, with the reset's time). */
export async function acknowledgeResetNotice(ctx: DbContext): Promise<void> {
  await operation(ctx, { name: "account.reset_notice_seen", roles: ROLES }, async ({ tx, actor, audit }) => {
    const [row] = await tx.select({ resetAt: users.passwordResetAt }).from(users).where(eq(users.id, actor.id));
    if (!row?.resetAt) return;
    await tx.update(users).set({ passwordResetById: null, passwordResetAt: null }).where(eq(users.id, actor.id));
    await audit({ action: "user.reset_notice_seen", entityType: "user", entityId: actor.id, detail: { resetAt: row.resetAt } });
  });
}

/** For scripts and test fixtures that name a user by email (never exposed to a route). */
export async function findUserIdByEmail(ctx: Pick<DbContext, "db">, email: string): Promise<string | null> {
  return publicOperation({ db: ctx.db, ip: null }, { name: "users.find_by_email", mode: "read" }, async ({ tx }) => {
    const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase()));
    return row?.id ?? null;
  });
}
