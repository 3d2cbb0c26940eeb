import "server-only";
import { asc, count, desc } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { type Db, migrateDatabase, openDatabase } from "./client";
import type { ActorContext, DbContext } from "./context";
import { completeSetup } from "./practice";
import type { Role } from "@/lib/auth/roles";
import { type AuditEventRow, auditEvents } from "./schema";
import { findActiveActor } from "./sign-in";
import { createUser } from "./users";

/** Test-only helpers for data-layer tests: each test gets its own in-memory database. */

export const ADMIN_PASSWORD = "first-admin-password";
export const TEST_IP = "203.0.113.7";

export function memoryDb(): Db {
  const db = openDatabase(":memory:");
  migrateDatabase(db);
  return db;
}

/** The request context of a user as the app builds it: re-read from the database. */
export function contextOf(db: Db, userId: string): DbContext {
  return { db, actor: findActiveActor({ db }, userId), ip: TEST_IP };
}

export function asActor(ctx: DbContext): ActorContext {
  if (!ctx.actor) throw new Error("expected an active user");
  return { ...ctx, actor: ctx.actor };
}

/** A practice with its first admin, made through first-run setup. */
export async function setUpPractice(db: Db = memoryDb()): Promise<{ db: Db; admin: ActorContext }> {
  const { adminId } = await completeSetup(
    { db, actor: null, ip: TEST_IP },
    {
      practiceName: "Test Practice",
      timeZone: "America/Chicago",
      adminName: "Ada Admin",
      adminEmail: "admin@test.example",
      password: ADMIN_PASSWORD,
      confirmPassword: ADMIN_PASSWORD,
    },
  );
  return { db, admin: asActor(contextOf(db, adminId)) };
}

export type AddedUser = { id: string; email: string; temporaryPassword: string };

let userCounter = 0;

/** A user created by the admin through the data layer (still holding a temporary password). */
export async function addUser(
  admin: ActorContext,
  role: Role,
  options: { supervisorId?: string; email?: string } = {},
): Promise<AddedUser> {
  userCounter += 1;
  const email = options.email ?? `${role}-${userCounter}@test.example`;
  const { userId, temporaryPassword } = await createUser(admin, {
    email,
    name: `${role} ${userCounter}`,
    role,
    credentials: null,
    npi: null,
    supervisorId: options.supervisorId ?? null,
  });
  return { id: userId, email, temporaryPassword };
}

export function auditRows(db: Db): AuditEventRow[] {
  return db.select().from(auditEvents).orderBy(asc(auditEvents.seq)).all();
}

export function lastAudit(db: Db): AuditEventRow | undefined {
  return db.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1).get();
}

export function rowCount(db: Db, table: SQLiteTable): number {
  return db.select({ n: count() }).from(table).get()?.n ?? 0;
}

/** Runs `fn` and returns what it threw (fails the test when it did not throw). */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}
