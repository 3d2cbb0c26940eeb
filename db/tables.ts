import * as sqlite from "./schema";
import * as postgres from "./schema.pg";
import { databaseTarget } from "./client";

/**
 * The tables every db/ module queries, for the dialect this process's DATABASE_URL names: the
 * PostgreSQL ones (db/schema.pg.ts) typed as the SQLite ones (db/schema.ts). The two schemas are
 * column for column the same (db/schema-drift.test.ts), and the query builders of both drivers
 * take either the same way, so no module outside db/client.ts needs to know the dialect.
 * An unsupported DATABASE_URL is refused where the connection opens (db/client.ts getDb).
 */
function runsOnPostgres(): boolean {
  try {
    return databaseTarget().dialect === "postgresql";
  } catch {
    return false;
  }
}

const onPostgres = runsOnPostgres();
const pick = <T>(lite: T, pg: unknown): T => (onPostgres ? (pg as T) : lite);

/** The dialect the tables below belong to. */
export const tablesDialect = onPostgres ? "postgresql" : "sqlite";

export const practiceSettings = pick(sqlite.practiceSettings, postgres.practiceSettings);
export const users = pick(sqlite.users, postgres.users);
export const signIns = pick(sqlite.signIns, postgres.signIns);
export const signInThrottles = pick(sqlite.signInThrottles, postgres.signInThrottles);
export const unknownAccountLockouts = pick(sqlite.unknownAccountLockouts, postgres.unknownAccountLockouts);
export const auditEvents = pick(sqlite.auditEvents, postgres.auditEvents);
export const auditChainHead = pick(sqlite.auditChainHead, postgres.auditChainHead);
export const auditVerification = pick(sqlite.auditVerification, postgres.auditVerification);
export const payers = pick(sqlite.payers, postgres.payers);
export const clients = pick(sqlite.clients, postgres.clients);
export const guidancePanels = pick(sqlite.guidancePanels, postgres.guidancePanels);
export const crisisSessions = pick(sqlite.crisisSessions, postgres.crisisSessions);
export const sessionSegments = pick(sqlite.sessionSegments, postgres.sessionSegments);
export const billingLines = pick(sqlite.billingLines, postgres.billingLines);
export const addenda = pick(sqlite.addenda, postgres.addenda);
export const noteReviews = pick(sqlite.noteReviews, postgres.noteReviews);
export const reviewQueue = pick(sqlite.reviewQueue, postgres.reviewQueue);
export const disclosures = pick(sqlite.disclosures, postgres.disclosures);

export type { AuditEventRow, CrisisSessionRow } from "./schema";
