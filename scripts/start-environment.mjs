// What `npm start` needs before it serves, decided from the environment alone (no files touched),
// so that the decision can be tested. scripts/start.mjs acts on it.
//
// - SQLite (`file:…`, a path, or no DATABASE_URL): the data folder beside the database holds the
//   generated session-signing secret and audit keyring unless the environment provides them.
// - PostgreSQL (`postgres://…` or `postgresql://…`): several instances share one database, so
//   nothing may be generated on one machine: the sign-in secret and the audit keyring must come
//   from the environment, and there is no data folder.
// - Any other URL scheme stops the app (it used to become a SQLite file named after the URL).
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/crisisnote.db";

/** "sqlite", "postgres", or null for a URL scheme the app does not support. */
export function databaseKind(url) {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgres";
  if (url.startsWith("file:") || url === ":memory:") return "sqlite";
  // A scheme (`mysql://`, `sqlite://`, `http:`…) that is not ours; a bare path is a SQLite file.
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
  return "sqlite";
}

/**
 * The start-up plan for an environment: `{ ok: false, message }` when the app must not start,
 * else the database kind, the URL and, for SQLite, the database file (resolved against `root`).
 */
export function startPlan(env, root) {
  const url = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const kind = databaseKind(url);
  if (kind === null) {
    const scheme = url.slice(0, url.indexOf(":") + 1);
    return {
      ok: false,
      message: `DATABASE_URL names a database Crisisnote does not support (${scheme}…). Use postgres://user@host:5432/name for PostgreSQL, or file:./data/crisisnote.db (the default) for SQLite.`,
    };
  }
  if (kind === "postgres") {
    const missing = [];
    if (!env.NEXTAUTH_SECRET && !env.AUTH_SECRET) missing.push("NEXTAUTH_SECRET (or AUTH_SECRET)");
    if (!env.AUDIT_KEYRING) missing.push("AUDIT_KEYRING");
    if (missing.length > 0) {
      return {
        ok: false,
        message: `On PostgreSQL every instance must share the same secrets, so they come from the environment: set ${missing.join(" and ")}. See "Running on PostgreSQL" in README.md.`,
      };
    }
    return { ok: true, kind, url, secret: env.NEXTAUTH_SECRET || env.AUTH_SECRET };
  }
  const raw = url.startsWith("file:") ? url.slice("file:".length) : url;
  const file = raw === ":memory:" ? raw : path.resolve(root, raw);
  return { ok: true, kind, url, databaseFile: file, secret: env.NEXTAUTH_SECRET || env.AUTH_SECRET || undefined };
}
