import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;

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
