import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, count, eq, ne } from "drizzle-orm";
import type { z } from "zod";
import { CLEARED_LOCKOUT } from "@/lib/auth/lockout";
import { generateTemporaryPassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import type { changePasswordSchema } from "@/lib/validation/auth";
import type { createUserSchema, updateUserSchema } from "@/lib/validation/users";
import { type Tx, appendAudit } from "./audit";
import { authorize } from "./authorize";
import { type DbContext, requireActor } from "./context";
import type { Role } from "@/lib/auth/roles";
import { users } from "./schema";

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
  active: boolean;
  locked: boolean;
  mustChangePassword: boolean;
};

const supervisors = users;

function selectSummaries(tx: Tx) {
  return tx
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      credentials: users.credentials,
      npi: users.npi,
      supervisorId: users.supervisorId,
      active: users.active,
      lockedUntil: users.lockedUntil,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users);
}

function toSummary(
  row: ReturnType<ReturnType<typeof selectSummaries>["all"]>[number],
  names: Map<string, string>,
  now: Date,
): UserSummary {
  const { lockedUntil, ...rest } = row;
  return {
    ...rest,
    supervisorName: row.supervisorId ? (names.get(row.supervisorId) ?? null) : null,
    locked: lockedUntil !== null && Date.parse(lockedUntil) > now.getTime(),
  };
}

export function listUsers(ctx: DbContext): UserSummary[] {
  authorize(ctx, ["admin"], "users.list");
  const rows = selectSummaries(ctx.db).orderBy(asc(users.name)).all();
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const now = new Date();
  return rows.map((row) => toSummary(row, names, now));
}

export function getUser(ctx: DbContext, userId: string): UserSummary {
  authorize(ctx, ["admin"], "users.read");
  const row = selectSummaries(ctx.db).where(eq(users.id, userId)).get();
  if (!row) throw new AppError("NOT_FOUND", "That user does not exist.");
  const supervisor = row.supervisorId
    ? ctx.db.select({ name: supervisors.name }).from(supervisors).where(eq(supervisors.id, row.supervisorId)).get()
    : undefined;
  const names = new Map(supervisor && row.supervisorId ? [[row.supervisorId, supervisor.name]] : []);
  return toSummary(row, names, new Date());
}

/** Active supervisors an admin can assign to a therapist. */
export function listSupervisorOptions(ctx: DbContext): { id: string; name: string }[] {
  authorize(ctx, ["admin"], "users.list_supervisors");
  return ctx.db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.role, "supervisor"), eq(users.active, true)))
    .orderBy(asc(users.name))
    .all();
}

function assertValidSupervisor(tx: Tx, supervisorId: string | null, userId: string | null): void {
  if (supervisorId === null) return;
  if (supervisorId === userId) throw fieldError("supervisorId", "A user cannot supervise themselves.");
  const supervisor = tx
    .select({ role: users.role, active: users.active })
    .from(users)
    .where(eq(users.id, supervisorId))
    .get();
  if (!supervisor || supervisor.role !== "supervisor" || !supervisor.active) {
    throw fieldError("supervisorId", "Choose an active supervisor from the list.");
  }
}

function fieldError(field: string, message: string): AppError {
  return new AppError("VALIDATION", message, { [field]: [message] });
}

function assertEmailFree(tx: Tx, email: string): void {
  if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
    throw fieldError("email", "A user with this email already exists.");
  }
}

export async function createUser(
  ctx: DbContext,
  input: z.output<typeof createUserSchema>,
): Promise<{ userId: string; temporaryPassword: string }> {
  authorize(ctx, ["admin"], "users.create");
  assertEmailFree(ctx.db, input.email);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const now = new Date().toISOString();
  const userId = randomUUID();
  ctx.db.transaction(
    (tx) => {
      assertEmailFree(tx, input.email);
      assertValidSupervisor(tx, input.supervisorId, null);
      tx.insert(users)
        .values({ ...input, id: userId, passwordHash, mustChangePassword: true, createdAt: now, updatedAt: now })
        .run();
      appendAudit(tx, ctx, {
        action: "user.created",
        entityType: "user",
        entityId: userId,
        detail: { role: input.role, supervised: input.supervisorId !== null },
      });
    },
    { behavior: "immediate" },
  );
  return { userId, temporaryPassword };
}

function countActiveAdminsExcept(tx: Tx, userId: string): number {
  const row = tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true), ne(users.id, userId)))
    .get();
  return row?.n ?? 0;
}

export function updateUser(ctx: DbContext, input: z.output<typeof updateUserSchema>): void {
  authorize(ctx, ["admin"], "users.update");
  const { userId, ...changes } = input;
  ctx.db.transaction(
    (tx) => {
      const before = tx.select().from(users).where(eq(users.id, userId)).get();
      if (!before) throw new AppError("NOT_FOUND", "That user does not exist.");
      assertValidSupervisor(tx, changes.supervisorId, userId);
      if (before.role === "admin" && changes.role !== "admin" && countActiveAdminsExcept(tx, userId) === 0) {
        throw fieldError("role", "The practice needs at least one active admin.");
      }
      if (before.role === "supervisor" && changes.role !== "supervisor") {
        const supervisees = tx.select({ n: count() }).from(users).where(eq(users.supervisorId, userId)).get();
        if ((supervisees?.n ?? 0) > 0) {
          throw fieldError("role", "Assign this supervisor's therapists to someone else first.");
        }
      }
      tx.update(users)
        .set({ ...changes, updatedAt: new Date().toISOString() })
        .where(eq(users.id, userId))
        .run();
      const changed = (Object.keys(changes) as (keyof typeof changes)[]).filter((k) => before[k] !== changes[k]);
      appendAudit(tx, ctx, {
        action: "user.changed",
        entityType: "user",
        entityId: userId,
        detail: { fields: changed.join(","), role: changes.role },
      });
    },
    { behavior: "immediate" },
  );
}

export function setUserActive(ctx: DbContext, input: { userId: string; active: boolean }): void {
  authorize(ctx, ["admin"], input.active ? "users.reactivate" : "users.deactivate");
  if (!input.active && input.userId === ctx.actor.id) {
    throw new AppError("CONFLICT", "You cannot deactivate your own account.");
  }
  ctx.db.transaction(
    (tx) => {
      const before = tx.select({ role: users.role, active: users.active }).from(users).where(eq(users.id, input.userId)).get();
      if (!before) throw new AppError("NOT_FOUND", "That user does not exist.");
      if (before.active === input.active) return;
      if (!input.active && before.role === "admin" && countActiveAdminsExcept(tx, input.userId) === 0) {
        throw new AppError("CONFLICT", "The practice needs at least one active admin.");
      }
      tx.update(users)
        .set({ active: input.active, updatedAt: new Date().toISOString() })
        .where(eq(users.id, input.userId))
        .run();
      appendAudit(tx, ctx, {
        action: input.active ? "user.reactivated" : "user.deactivated",
        entityType: "user",
        entityId: input.userId,
      });
    },
    { behavior: "immediate" },
  );
}

/** A new temporary password, shown once to the admin; it also lifts a lockout. */
export async function resetPassword(ctx: DbContext, userId: string): Promise<{ temporaryPassword: string }> {
  authorize(ctx, ["admin"], "users.reset_password");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  ctx.db.transaction(
    (tx) => {
      const result = tx
        .update(users)
        .set({ passwordHash, mustChangePassword: true, ...CLEARED_LOCKOUT, updatedAt: new Date().toISOString() })
        .where(eq(users.id, userId))
        .run();
      if (result.changes === 0) throw new AppError("NOT_FOUND", "That user does not exist.");
      appendAudit(tx, ctx, { action: "user.password_reset", entityType: "user", entityId: userId });
    },
    { behavior: "immediate" },
  );
  return { temporaryPassword };
}

export async function changeOwnPassword(ctx: DbContext, input: z.output<typeof changePasswordSchema>): Promise<void> {
  requireActor(ctx);
  const actorId = ctx.actor.id;
  const current = ctx.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actorId)).get();
  if (!current) throw new AppError("NOT_FOUND", "Your account no longer exists.");
  if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
    throw fieldError("currentPassword", "The current password is not correct.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  ctx.db.transaction(
    (tx) => {
      tx.update(users)
        .set({ passwordHash, mustChangePassword: false, updatedAt: new Date().toISOString() })
        .where(eq(users.id, actorId))
        .run();
      appendAudit(tx, ctx, { action: "user.password_changed", entityType: "user", entityId: actorId });
    },
    { behavior: "immediate" },
  );
}

/** For scripts and test fixtures that name a user by email (never exposed to a route). */
export function findUserIdByEmail(ctx: Pick<DbContext, "db">, email: string): string | null {
  return ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase())).get()?.id ?? null;
}
