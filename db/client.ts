import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { DrizzleQueryError } from "drizzle-orm";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { DEFAULT_DATABASE_URL, type DatabaseTarget, UnsupportedDatabaseUrlError, parseDatabaseUrl, redactDatabaseUrl } from "./database-url.mjs";
import { CommitQueue, type TransactionMode } from "./commit-queue";
import * as schema from "./schema";

/**
 * The app's connection. On PostgreSQL it is a node-postgres Drizzle database over a pool, typed as
 * the SQLite one: the query-builder API the data layer uses (select/insert/update/delete,
 * onConflict…, returning, the operators) is the same at runtime, and db/tables.ts hands every
 * module the dialect's tables. Only db/ knows which dialect it runs on (`dialectOf`).
 */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * What a unit of work's body queries through. Bodies only `await` query builders (never the
 * SQLite-only `.get()`/`.all()`/`.run()`), so a PostgreSQL driver's transaction can stand in.
 */
export type Tx = Db;

export type Dialect = DatabaseTarget["dialect"];

export { DEFAULT_DATABASE_URL, UnsupportedDatabaseUrlError, parseDatabaseUrl, redactDatabaseUrl };

/** What DATABASE_URL names; throws UnsupportedDatabaseUrlError on a URL the app does not support. */
export function databaseTarget(url: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  // turbopackIgnore keeps a local database file out of the build's traced files.
  return parseDatabaseUrl(url ?? DEFAULT_DATABASE_URL, path.resolve(/* turbopackIgnore: true */ process.cwd()));
}

/** `file:./data/x.db`, `./data/x.db` or `:memory:` → a path better-sqlite3 opens. SQLite only. */
export function databaseFile(url: string | undefined = process.env.DATABASE_URL): string {
  const target = databaseTarget(url);
  if (target.dialect !== "sqlite") throw new Error(`DATABASE_URL names a PostgreSQL database (${redactDatabaseUrl(target.url)}), not a SQLite file.`);
  return target.file;
}

export function openDatabase(file: string): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Clinical records: every commit reaches the disk before we report success.
  sqlite.pragma("synchronous = FULL");
  return drizzle(sqlite, { schema });
}

type PgState = { pool: pg.Pool; transactions: WeakMap<pg.PoolClient, Db> };
const postgres = new WeakMap<Db, PgState>();

/** A PostgreSQL database: a pool of `max` connections (PG_POOL_MAX, default 10), opened lazily. */
export function openPostgres(url: string, options: { max?: number } = {}): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? (Number(process.env.PG_POOL_MAX) || 10),
    // A dropped server connection must not crash the process: the next query reports it.
    idleTimeoutMillis: 30_000,
    // Writers queued on the write lock hold their connections: a request that finds the pool full
    // fails after the lock's own bound instead of waiting for ever.
    connectionTimeoutMillis: WRITE_LOCK_TIMEOUT_MS,
  });
  pool.on("error", (error) => console.error(`PostgreSQL connection error: ${error.message}`));
  const db = drizzlePg(pool) as unknown as Db;
  postgres.set(db, { pool, transactions: new WeakMap() });
  return db;
}

/** Opens what DATABASE_URL (or `url`) names. */
export function connect(url?: string): Db {
  const target = databaseTarget(url);
  return target.dialect === "postgresql" ? openPostgres(target.url) : openDatabase(target.file);
}

/** A PostgreSQL unit of work's transaction → the database it belongs to. */
const roots = new WeakMap<Tx, Db>();

/** The database a unit of work's `tx` belongs to (on SQLite the two are the same object). */
export function rootDb(db: Db): Db {
  return roots.get(db) ?? db;
}

export function dialectOf(db: Db): Dialect {
  return postgres.has(rootDb(db)) ? "postgresql" : "sqlite";
}

/** Closes the connection (SQLite) or the pool (PostgreSQL). */
export async function closeDatabase(db: Db): Promise<void> {
  const state = postgres.get(db);
  if (state) await state.pool.end();
  else db.$client.close();
}

/** The pool behind a PostgreSQL database (tests and db/ tools only). */
export function poolOf(db: Db): pg.Pool {
  const state = postgres.get(db);
  if (!state) throw new Error("Not a PostgreSQL database.");
  return state.pool;
}

export function migrationsFolder(dialect: Dialect = "sqlite"): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "db", dialect === "postgresql" ? "migrations-pg" : "migrations");
}

/** Advisory lock keys (one database's key space): migrations at start, and every write unit of work. */
const MIGRATION_LOCK = 0x43_4e_01;
const WRITE_LOCK = 0x43_4e_02;
/** How long a writer waits for the write lock (or, with the pool full, for a connection). */
const WRITE_LOCK_TIMEOUT_MS = 15_000;
const WRITE_LOCK_TIMEOUT = `${WRITE_LOCK_TIMEOUT_MS}ms`;

/**
 * Brings the schema up to date. On PostgreSQL several instances may start at once: the migrations
 * run under a session advisory lock, so one applies them and the others wait, then find nothing to do.
 */
export async function migrateDatabase(db: Db, folder?: string): Promise<void> {
  const state = postgres.get(db);
  if (!state) {
    migrateSqliteDatabase(db, folder);
    return;
  }
  const client = await state.pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await migratePg(drizzlePg(client), { migrationsFolder: folder ?? migrationsFolder("postgresql") });
    } finally {
      // A failed unlock must not hide the migration's own error; the pool drops that connection
      // (closing it releases the session lock).
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch((error: unknown) => {
        broken = error instanceof Error ? error : new Error("advisory unlock failed");
      });
    }
  } finally {
    client.release(broken);
  }
}

/** The SQLite migrations, synchronously (better-sqlite3): for SQLite-only tools and in-memory test databases. */
export function migrateSqliteDatabase(db: Db, folder: string = migrationsFolder("sqlite")): void {
  if (dialectOf(db) !== "sqlite") throw new Error("migrateSqliteDatabase is for a SQLite database.");
  migrate(db, { migrationsFolder: folder });
}

let shared: Db | undefined;

/**
 * The app's one connection (a pool on PostgreSQL), opened on first use (never at import time:
 * `next build` imports this module while collecting pages and must not create a database file).
 * A DATABASE_URL the app does not support stops it here with UnsupportedDatabaseUrlError.
 */
export function getDb(): Db {
  shared ??= connect();
  return shared;
}

export type { TransactionMode };

const queues = new WeakMap<Db, CommitQueue>();
const inTransaction = new AsyncLocalStorage<Db>();

/**
 * Runs `body` in one transaction. Only db/operation.ts calls this.
 *
 * SQLite: bodies are async, and better-sqlite3's own `transaction()` would commit at the first
 * await (Drizzle issues #1472, #2275), so BEGIN and COMMIT are driven here, behind a
 * per-connection queue (db/commit-queue.ts): bodies run one at a time, and write bodies waiting
 * together share one COMMIT, each in its own savepoint (group commit: a caller still hears back
 * only once its writes are durable). `write` takes the write lock up front (BEGIN IMMEDIATE), so
 * a read-then-write body cannot fail halfway on a lock upgrade.
 *
 * PostgreSQL: each unit of work gets its own pooled connection. A `write` unit first takes a
 * transaction-scoped advisory lock that every write unit of every instance takes: writes
 * serialize across instances as they do on one SQLite file, so two writers never read the same
 * audit chain head (the chain cannot fork) and a read-then-write body sees every write committed
 * before it. (A lock on the chain head row would do the same, but that row only exists from the
 * first audit row on.) A `read` unit runs concurrently, in one REPEATABLE READ snapshot, like a
 * SQLite read transaction.
 */
export async function runSerialized<T>(db: Db, mode: TransactionMode, body: (tx: Tx) => Promise<T>): Promise<T> {
  if (inTransaction.getStore() === rootDb(db)) {
    throw new Error("A data-layer operation was started inside another one: pass the transaction down instead.");
  }
  const state = postgres.get(db);
  if (state) return runOnPostgres(db, state, mode, body);
  let queue = queues.get(db);
  if (!queue) {
    queue = new CommitQueue(db.$client);
    queues.set(db, queue);
  }
  try {
    return await queue.run(mode, () => inTransaction.run(db, () => body(db)));
  } catch (error) {
    throw databaseErrorOf(error);
  }
}

/**
 * Drizzle wraps a node-postgres error in one whose message holds the statement and its parameters
 * (names, notes: PHI, which must never reach a log; server/action.ts logs an unexpected error's
 * message). The unit of work rethrows the driver's own error instead: its message names the
 * constraint or the trigger's words, never a value. better-sqlite3's errors arrive unwrapped
 * today; they pass through the same function so a Drizzle upgrade that wraps them changes nothing.
 */
function databaseErrorOf(error: unknown): unknown {
  return error instanceof DrizzleQueryError && error.cause instanceof Error ? error.cause : error;
}

async function runOnPostgres<T>(db: Db, state: PgState, mode: TransactionMode, body: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await state.pool.connect();
  let broken: unknown;
  try {
    let tx = state.transactions.get(client);
    if (!tx) {
      tx = drizzlePg(client) as unknown as Tx;
      state.transactions.set(client, tx);
      roots.set(tx, db);
    }
    const unit = tx;
    try {
      if (mode === "write") {
        // One round trip. Like SQLite's busy_timeout, a writer waits for the others a bounded time
        // (a unit of work holds the lock for milliseconds) and then fails rather than hang.
        await client.query(`BEGIN; SET LOCAL lock_timeout = '${WRITE_LOCK_TIMEOUT}'; SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
      } else {
        await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      }
      const result = await inTransaction.run(db, () => body(unit));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      // Also after a failed BEGIN or lock wait: the connection goes back to the pool outside any transaction.
      try {
        await client.query("ROLLBACK");
      } catch (rollbackError) {
        broken = rollbackError;
      }
      throw databaseErrorOf(error);
    }
  } finally {
    // A connection whose rollback failed is in an unknown state: the pool drops it.
    client.release(broken instanceof Error ? broken : undefined);
  }
}
