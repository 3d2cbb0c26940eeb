// What `npm start` needs before it serves, decided from the environment alone (no files touched,
// nothing built), so that the decision can be tested. scripts/start.mjs acts on it.
//
// - SQLite (`file:…`, a path, or no DATABASE_URL): the data folder beside the database holds the
//   generated session-signing secret and audit keyring unless the environment provides them.
// - PostgreSQL (`postgres://…`, `postgresql://…`): several instances share one database and
//   nothing else, so nothing may be generated on one machine: the sign-in secret and the audit
//   keyring must come from the environment, and there is no data folder.
// - Any other URL (db/database-url.mjs decides, as the app does) stops the app.
import { UnsupportedDatabaseUrlError, parseDatabaseUrl } from "../db/database-url.mjs";

/**
 * The start-up plan for an environment: `{ ok: false, message }` when the app must not start,
 * else the dialect, the sign-in secret when the environment has one and, for SQLite, the database
 * file (relative paths resolve against `root`).
 */
export function startPlan(env, root) {
  let target;
  try {
    target = parseDatabaseUrl(env.DATABASE_URL, root);
  } catch (error) {
    if (error instanceof UnsupportedDatabaseUrlError) return { ok: false, message: error.message };
    throw error;
  }
  const secret = env.NEXTAUTH_SECRET || env.AUTH_SECRET || undefined;
  if (target.dialect === "sqlite") return { ok: true, dialect: "sqlite", databaseFile: target.file, secret };
  const missing = [];
  if (!secret) missing.push("NEXTAUTH_SECRET (or AUTH_SECRET), the same value for every instance");
  if (!env.AUDIT_KEYRING) missing.push("AUDIT_KEYRING, the same JSON for every instance (`npm run audit:rotate-key -- --new` makes one)");
  if (missing.length > 0) {
    return {
      ok: false,
      message: `PostgreSQL mode: instances share the database and nothing else, so the secrets come from the environment: set ${missing.join("; and ")}. See "Running on PostgreSQL" in README.md.`,
    };
  }
  return { ok: true, dialect: "postgresql", secret };
}
