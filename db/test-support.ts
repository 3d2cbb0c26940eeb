import "server-only";
import { asc, count, desc } from "drizzle-orm";
import { DateTime } from "luxon";
import { IN_PERSON, completeNote } from "@/lib/notes/test-support";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { type AuditEntry, appendAudit } from "./audit";
import { type Db, closeDatabase, dialectOf, migrateDatabase, migrateSqliteDatabase, openDatabase, openPostgres, poolOf, runSerialized } from "./client";
import { bindAuditKeyring, newKeyring } from "./audit-keyring";
import type { ActorContext, DbContext } from "./context";
import { createClient } from "./clients";
import { saveDraft, signSession } from "./notes";
import { completeSetup } from "./practice";
import { addSegment } from "./segments";
import { startSession } from "./sessions";
import type { Role } from "@/lib/auth/roles";
import { type AuditEventRow, auditEvents, tablesDialect } from "./tables";
import { findActiveActor } from "./sign-in";
import { createUser } from "./users";

/**
 * Test-only helpers for data-layer tests: each test gets its own database. On SQLite (the default)
 * an in-memory one; with TEST_DATABASE_URL=postgres://… (vitest.config.ts then points
 * DATABASE_URL, and so db/tables.ts, at it) a fresh PostgreSQL database per call, copied from a
 * migrated template, dropped after the test (db/test-setup.ts).
 */

export const ADMIN_PASSWORD = "first-admin-password";
export const TEST_IP = "203.0.113.7";

/** Whether these tests run against PostgreSQL (TEST_DATABASE_URL); else SQLite. */
export const onPostgres = tablesDialect === "postgresql";

/** A SQLite in-memory database, migrated (SQLite-only tests and tools). */
export function memoryDb(): Db {
  const db = openDatabase(":memory:");
  migrateSqliteDatabase(db);
  return db;
}

/** A new, migrated, empty database of the dialect under test. */
export async function testDb(): Promise<Db> {
  return onPostgres ? postgresTestDb() : memoryDb();
}

const openedForTests: { db: Db; name: string }[] = [];
let template: Promise<string> | undefined;

function adminUrl(database?: string): string {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set.");
  const url = new URL(base);
  if (database) url.pathname = `/${database}`;
  return url.toString();
}

/** Runs `body` on one connection to the cluster's maintenance database. */
async function onAdminConnection<T>(body: (query: (text: string) => Promise<unknown>) => Promise<T>): Promise<T> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await body((text) => client.query(text));
  } finally {
    await client.end();
  }
}

/**
 * The migrated template every test database is copied from, made once per cluster and migration
 * set (its name carries a hash of db/migrations-pg), under an advisory lock: test files run in
 * parallel processes.
 */
async function migratedTemplate(): Promise<string> {
  const { createHash } = await import("node:crypto");
  const fs = await import("node:fs");
  const path = await import("node:path");
  const folder = path.join(process.cwd(), "db", "migrations-pg");
  const hash = createHash("sha256");
  for (const file of fs.readdirSync(folder, { recursive: true }).map(String).sort()) {
    const full = path.join(folder, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  const name = `crisisnote_template_${hash.digest("hex").slice(0, 12)}`;
  await onAdminConnection(async (query) => {
    await query("SELECT pg_advisory_lock(4242)");
    try {
      const found = (await query(`SELECT 1 FROM pg_database WHERE datname = '${name}'`)) as { rowCount: number };
      if (found.rowCount > 0) return;
      // A template left half-built by an interrupted run is made again.
      await query(`DROP DATABASE IF EXISTS ${name}_building WITH (FORCE)`);
      await query(`CREATE DATABASE ${name}_building`);
      const db = openPostgres(adminUrl(`${name}_building`), { max: 1 });
      try {
        await migrateDatabase(db);
      } finally {
        await closeDatabase(db);
      }
      await query(`ALTER DATABASE ${name}_building RENAME TO ${name}`);
    } finally {
      await query("SELECT pg_advisory_unlock(4242)");
    }
  });
  return name;
}

let counter = 0;
const keyrings = new WeakMap<Db, ReturnType<typeof newKeyring>>();

async function postgresTestDb(options: { empty?: boolean } = {}): Promise<Db> {
  const from = options.empty ? "template0" : await (template ??= migratedTemplate());
  counter += 1;
  const name = `crisisnote_test_${process.pid}_${counter}_${Math.random().toString(36).slice(2, 8)}`;
  await onAdminConnection((query) => query(`CREATE DATABASE ${name} TEMPLATE ${from}`));
  const db = openPostgres(adminUrl(name), { max: 4 });
  // No keyring file beside a PostgreSQL database: each test database gets its own keyring.
  const keyring = newKeyring();
  bindAuditKeyring(db, keyring);
  keyrings.set(db, keyring);
  openedForTests.push({ db, name });
  return db;
}

/** A new PostgreSQL database with no schema at all (what instances find on their first start). */
export async function emptyPostgresDb(): Promise<Db> {
  return postgresTestDb({ empty: true });
}

/**
 * A second app instance on the same PostgreSQL database: its own pool of connections, the same
 * audit keyring (as instances share AUDIT_KEYRING). Closed after the test.
 */
export function anotherInstanceOf(db: Db): Db {
  const opened = openedForTests.find((entry) => entry.db === db);
  const keyring = keyrings.get(db);
  if (!opened || !keyring) throw new Error("anotherInstanceOf takes a PostgreSQL test database.");
  const other = openPostgres(adminUrl(opened.name), { max: 4 });
  bindAuditKeyring(other, keyring);
  openedForTests.push({ db: other, name: opened.name });
  return other;
}

/** The URL of a PostgreSQL test database and its keyring (for a script run against it, as an operator would). */
export function postgresTestTarget(db: Db): { url: string; keyring: ReturnType<typeof newKeyring> } {
  const opened = openedForTests.find((entry) => entry.db === db);
  const keyring = keyrings.get(db);
  if (!opened || !keyring) throw new Error("postgresTestTarget takes a PostgreSQL test database.");
  return { url: adminUrl(opened.name), keyring };
}

/** Closes and drops the PostgreSQL databases the test made (db/test-setup.ts runs it after each test). */
export async function releaseTestDatabases(): Promise<void> {
  const opened = openedForTests.splice(0);
  if (opened.length === 0) return;
  for (const { db } of opened) await closeDatabase(db);
  await onAdminConnection(async (query) => {
    for (const name of new Set(opened.map((entry) => entry.name))) await query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

/** The SQL statements `work` sends to the database (prepared on SQLite, sent on PostgreSQL). */
export async function statementsOf(db: Db, work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  if (dialectOf(db) === "postgresql") {
    const { default: pg } = await import("pg");
    const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const original = prototype.query;
    prototype.query = function (this: unknown, ...args: unknown[]) {
      const [first] = args;
      statements.push(typeof first === "string" ? first : ((first as { text?: string } | undefined)?.text ?? ""));
      return original.apply(this, args);
    };
    try {
      await work();
    } finally {
      prototype.query = original;
    }
    return statements;
  }
  const sqlite = db.$client;
  const original = sqlite.prepare.bind(sqlite);
  sqlite.prepare = (source: string) => {
    statements.push(source);
    return original(source);
  };
  try {
    await work();
  } finally {
    sqlite.prepare = original;
  }
  return statements;
}

/** The columns a table has in the database itself. */
export async function columnNames(db: Db, table: string): Promise<string[]> {
  if (dialectOf(db) === "postgresql") {
    const { rows } = await poolOf(db).query<{ name: string }>("select column_name as name from information_schema.columns where table_schema = 'public' and table_name = $1", [table]);
    return rows.map((row) => row.name);
  }
  return (db.$client.prepare("select name from pragma_table_info(?)").all(table) as { name: string }[]).map((row) => row.name);
}

/**
 * Runs a statement around the app, as someone with a database shell would (psql / sqlite3):
 * resolves, or rejects with the database's error.
 */
export async function rawStatement(db: Db, statement: string): Promise<void> {
  if (dialectOf(db) === "postgresql") {
    await poolOf(db).query(statement);
    return;
  }
  db.$client.prepare(statement).run();
}

/** Someone with the database file (or the database's owner): the audit trail's append-only triggers are no obstacle. */
export async function dropAppendOnlyTriggers(db: Db): Promise<void> {
  if (dialectOf(db) === "postgresql") {
    await rawStatement(db, "ALTER TABLE audit_events DISABLE TRIGGER USER");
    return;
  }
  await rawStatement(db, "DROP TRIGGER audit_events_no_update");
  await rawStatement(db, "DROP TRIGGER audit_events_no_delete");
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
export async function setUpPractice(given?: Db): Promise<{ db: Db; admin: ActorContext }> {
  const db = given ?? (await testDb());
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

export async function auditRows(db: Db): Promise<AuditEventRow[]> {
  return db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
}

export async function lastAudit(db: Db): Promise<AuditEventRow | undefined> {
  const [row] = await db.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
  return row;
}

export async function rowCount(db: Db, table: SQLiteTable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return row?.n ?? 0;
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

export async function rejectionOf(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

/**
 * The database's own words for a statement it refused (both dialects; on PostgreSQL Drizzle wraps
 * the driver's error when a query runs outside a unit of work).
 */
export async function refusalOf(promise: PromiseLike<unknown>): Promise<string> {
  let error = await rejectionOf(promise);
  while (error instanceof Error && error.cause instanceof Error) error = error.cause;
  return error instanceof Error ? error.message : String(error);
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

export async function auditRowsSince(db: Db, seq: number): Promise<AuditEventRow[]> {
  return (await auditRows(db)).filter((row) => row.seq > seq);
}

export async function lastSeq(db: Db): Promise<number> {
  return (await lastAudit(db))?.seq ?? 0;
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
