import "server-only";
import { asc, count, desc } from "drizzle-orm";
import { DateTime } from "luxon";
import { IN_PERSON, completeNote } from "@/lib/notes/test-support";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { type AuditEntry, appendAudit } from "./audit";
import { type Db, migrateSqliteDatabase, openDatabase, runSerialized } from "./client";
import type { ActorContext, DbContext } from "./context";
import { createClient } from "./clients";
import { saveDraft, signSession } from "./notes";
import { completeSetup } from "./practice";
import { addSegment } from "./segments";
import { startSession } from "./sessions";
import type { Role } from "@/lib/auth/roles";
import { type AuditEventRow, auditEvents } from "./tables";
import { findActiveActor } from "./sign-in";
import { createUser } from "./users";

/** Test-only helpers for data-layer tests: each test gets its own in-memory database. */

export const ADMIN_PASSWORD = "first-admin-password";
export const TEST_IP = "203.0.113.7";

export function memoryDb(): Db {
  const db = openDatabase(":memory:");
  migrateSqliteDatabase(db);
  return db;
}

/** The request context of a user as the app builds it: re-read from the database. */
export async function contextOf(db: Db, userId: string): Promise<DbContext> {
  return { db, actor: await findActiveActor({ db }, userId), ip: TEST_IP };
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
  return { db, admin: asActor(await contextOf(db, adminId)) };
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

/** An audit row written on its own, as a unit of work would (for audit-chain tests). */
export async function writeAudit(ctx: DbContext, entry: AuditEntry): Promise<void> {
  await runSerialized(ctx.db, "write", (tx) => appendAudit(tx, ctx, entry));
}

export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

export type Clinic = {
  db: Db;
  admin: ActorContext;
  supervisor: ActorContext;
  /** Supervised by `supervisor`. */
  therapist: ActorContext;
  /** Another clinician of the practice, supervised by no one. */
  other: ActorContext;
};

/** A practice with an admin, a supervisor, their supervisee and an unrelated therapist, all with credentials. */
export async function clinic(): Promise<Clinic> {
  const { db, admin } = await setUpPractice();
  const add = async (email: string, role: Role, supervisorId: string | null = null) => {
    const { userId } = await createUser(admin, { email, name: email.split("@")[0] ?? email, role, credentials: "LCSW", npi: null, supervisorId });
    return asActor(await contextOf(db, userId));
  };
  const supervisor = await add("sam@test.example", "supervisor");
  const therapist = await add("tess@test.example", "therapist", supervisor.actor.id);
  const other = await add("oscar@test.example", "therapist");
  return { db, admin, supervisor, therapist, other };
}

export function auditRowsSince(db: Db, seq: number): AuditEventRow[] {
  return auditRows(db).filter((row) => row.seq > seq);
}

export function lastSeq(db: Db): number {
  return lastAudit(db)?.seq ?? 0;
}

/** Yesterday in the test practice's zone (America/Chicago): typed segments may not lie in the future. */
export const yesterday = (): string => DateTime.now().setZone("America/Chicago").minus({ days: 1 }).toISODate() ?? "";

/** A client of `ctx` and a draft with the given practice-local "HH:mm" segments yesterday. */
export async function draftFor(ctx: ActorContext, options: { clientId?: string; segments?: [string, string][]; complete?: boolean } = {}) {
  const clientId = options.clientId ?? (await createClient(ctx, { name: "Robin Client", dateOfBirth: "1990-05-01", externalId: "MRN-1" })).id;
  const { sessionId } = await startSession(ctx, { clientId, ...IN_PERSON, startTimer: false });
  for (const [start, end] of options.segments ?? []) await addSegment(ctx, { sessionId, start: `${yesterday()}T${start}`, end: `${yesterday()}T${end}` });
  const { version } = options.complete ? await saveDraft(ctx, { sessionId, version: 1, meta: IN_PERSON, timesAttested: true, note: completeNote() }) : { version: 1 };
  return { clientId, sessionId, version };
}

/** A client of `ctx` with one signed 50-minute note yesterday. */
export async function signedNoteFor(ctx: ActorContext, options: { clientId?: string } = {}) {
  const made = await draftFor(ctx, { ...options, segments: [["09:00", "09:50"]], complete: true });
  await signSession(ctx, { sessionId: made.sessionId, version: made.version });
  return made;
}
