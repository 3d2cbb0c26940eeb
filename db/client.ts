import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { CommitQueue, type TransactionMode } from "./commit-queue";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * What a unit of work's body queries through. Bodies only `await` query builders (never the
 * SQLite-only `.get()`/`.all()`/`.run()`), so a PostgreSQL driver's transaction can stand in.
 */
export type Tx = Db;

export const DEFAULT_DATABASE_URL = "file:./data/crisisnote.db";

/** `file:./data/x.db`, `./data/x.db` or `:memory:` → a path better-sqlite3 opens. */
export function databaseFile(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): string {
  const raw = url.startsWith("file:") ? url.slice("file:".length) : url;
  if (raw === ":memory:") return raw;
  // turbopackIgnore keeps a local database file out of the build's traced files.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), raw);
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

export function migrationsFolder(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "db", "migrations");
}

export function migrateDatabase(db: Db, folder: string = migrationsFolder()): void {
  migrate(db, { migrationsFolder: folder });
}

let shared: Db | undefined;

/**
 * The app's one connection, opened on first use (never at import time: `next build` imports
 * this module while collecting pages and must not create a database file).
 */
export function getDb(): Db {
  shared ??= openDatabase(databaseFile());
  return shared;
}

export type { TransactionMode };

const queues = new WeakMap<Db, CommitQueue>();
const inTransaction = new AsyncLocalStorage<Db>();

/**
 * Runs `body` in one transaction on the connection. Bodies are async, and better-sqlite3's own
 * `transaction()` would commit at the first await (Drizzle issues #1472, #2275), so BEGIN and
 * COMMIT are driven here, behind a per-connection queue (db/commit-queue.ts): bodies run one at a
 * time, and write bodies waiting together share one COMMIT, each in its own savepoint (group
 * commit: a caller still hears back only once its writes are durable). `write` takes the write
 * lock up front (BEGIN IMMEDIATE), so a read-then-write body cannot fail halfway on a lock
 * upgrade. Only db/operation.ts calls this.
 */
export async function runSerialized<T>(db: Db, mode: TransactionMode, body: (tx: Tx) => Promise<T>): Promise<T> {
  if (inTransaction.getStore() === db) {
    throw new Error("A data-layer operation was started inside another one: pass the transaction down instead.");
  }
  let queue = queues.get(db);
  if (!queue) {
    queue = new CommitQueue(db.$client);
    queues.set(db, queue);
  }
  return queue.run(mode, () => inTransaction.run(db, () => body(db)));
}
