// Which database a DATABASE_URL names. Plain JavaScript so that scripts/start.mjs (run by node
// before anything is built) refuses the same URLs the app does; types in database-url.d.mts.
//
//   postgres://… or postgresql://…          → PostgreSQL
//   file:./data/x.db, ./data/x.db, :memory:  → SQLite (a path better-sqlite3 opens)
//   anything else with a scheme (mysql://, http://, a typo) → refused: the app and every script
//   stop with this message rather than quietly making a SQLite file named like the URL.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/crisisnote.db";

export class UnsupportedDatabaseUrlError extends Error {
  constructor(message) {
    super(message);
    this.name = "UnsupportedDatabaseUrlError";
  }
}

const POSTGRES_SCHEMES = ["postgres:", "postgresql:"];

/** A URL with its password hidden, for messages. */
export function redactDatabaseUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    // libpq also takes a password (or a key's passphrase) as a query parameter.
    for (const name of [...parsed.searchParams.keys()]) {
      if (/pass/i.test(name)) parsed.searchParams.set(name, "***");
    }
    return parsed.toString();
  } catch {
    // A URL that does not parse cannot be told apart from its password (an unencoded "/" or "@"
    // in it): show only its scheme.
    const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.exec(url)?.[0] ?? "";
    return `${scheme}//*** (not shown)`;
  }
}

/**
 * @param {string | undefined} url  DATABASE_URL (undefined: the default SQLite file)
 * @param {string} cwd             relative SQLite paths resolve against it
 */
export function parseDatabaseUrl(url = DEFAULT_DATABASE_URL, cwd = process.cwd()) {
  const text = url.trim();
  if (text === "") throw new UnsupportedDatabaseUrlError("DATABASE_URL is set but empty: leave it unset for the default SQLite file, or give a postgres:// URL or a file: path.");
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text)?.[1]?.toLowerCase();
  if (scheme && POSTGRES_SCHEMES.includes(`${scheme}:`)) {
    if (!/^[A-Za-z]+:\/\//.test(text)) {
      throw new UnsupportedDatabaseUrlError(`DATABASE_URL "${redactDatabaseUrl(text)}" is not a PostgreSQL URL: write it as postgres://user:password@host:5432/database.`);
    }
    try {
      new URL(text);
    } catch {
      throw new UnsupportedDatabaseUrlError(`DATABASE_URL "${redactDatabaseUrl(text)}" is not a valid PostgreSQL URL (a password with special characters must be percent-encoded).`);
    }
    return { dialect: "postgresql", url: text };
  }
  if (text === ":memory:" || text === "file::memory:") return { dialect: "sqlite", file: ":memory:" };
  if (scheme === "file") {
    const raw = text.slice("file:".length);
    if (raw === "") throw new UnsupportedDatabaseUrlError('DATABASE_URL "file:" names no file: write file:./data/crisisnote.db.');
    if (raw === ":memory:") return { dialect: "sqlite", file: ":memory:" };
    return { dialect: "sqlite", file: path.resolve(cwd, raw) };
  }
  // A one-letter "scheme" followed by a slash is a Windows drive (C:\data\x.db), a path.
  if (scheme && !(scheme.length === 1 && /^[A-Za-z]:[\\/]/.test(text))) {
    throw new UnsupportedDatabaseUrlError(
      `DATABASE_URL "${redactDatabaseUrl(text)}" names a database Crisisnote does not support ("${scheme}:"). Use postgres://user:password@host:5432/database for PostgreSQL, or file:./data/crisisnote.db (or a plain path) for SQLite.`,
    );
  }
  return { dialect: "sqlite", file: path.resolve(cwd, text) };
}
