import "server-only";
import { type SQL, and, asc, desc, eq, gt, gte, inArray, lt, lte, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { AuditCheckpoint } from "@/lib/audit/checkpoint";
import { AppError } from "@/lib/errors";
import { sortAuditRows } from "@/lib/audit/sort";
import {
  AUDIT_PAGE_SIZE,
  type AuditReportFilters,
  type AuditReportQuery,
  type AuditSort,
  MAX_SORTABLE_ROWS,
  instantRange,
} from "@/lib/audit/report-query";
import { type ChainVerdict, makeCheckpoint, walkAuditChain } from "./audit-chain";
import type { Db, Tx } from "./client";
import type { DbContext } from "./context";
import { operation, requireRole } from "./operation";
import { never } from "./sql-dialect";
import { auditChainHead, auditEvents, auditVerification, clients, crisisSessions, practiceSettings, users } from "./tables";

export { AUDIT_PAGE_SIZE };

export type AuditLogRow = {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The user or client the row is about, by name (a crisis session's client), when it is one. */
  subjectName: string | null;
  /** The client the row is about (directly or through a crisis session), when it is one. */
  clientId: string | null;
  outcome: string;
  ip: string | null;
  detail: string;
};

export type AuditPage = {
  rows: AuditLogRow[];
  /** Time order: whether there are newer / older rows beyond this page. */
  hasNewer: boolean;
  hasOlder: boolean;
  /** The order the rows are in: a sort by another column over too many rows falls back to time. */
  sort: AuditSort;
  /** Set when another column was asked for but the filtered rows were too many to sort by it. */
  sortRefused: boolean;
  /** Orders other than time: the page and how many there are. */
  pages?: { page: number; count: number; total: number };
  /** The name of the client filtered on, when there is one. */
  clientName: string | null;
};

type ReportQuery = Partial<AuditReportQuery>;

const ADMINS = ["admin"] as const;

async function practiceTimeZone(tx: Tx): Promise<string> {
  const [row] = await tx.select({ timeZone: practiceSettings.timeZone }).from(practiceSettings).where(eq(practiceSettings.id, 1));
  return row?.timeZone ?? "UTC";
}

/** A clock stepped back by less than this between two rows never hides a row from a date filter. */
const CLOCK_SLACK_MS = 60 * 60 * 1000;

/**
 * The positions a date range can hold, from the index on time: rows are appended in time order,
 * so the range's first and last rows (widened by CLOCK_SLACK_MS) bound their positions. The
 * time conditions still decide; the bounds only let a page read positions instead of scanning
 * the log backwards for the range.
 */
async function positionBounds(tx: Tx, since: string | undefined, until: string | undefined): Promise<SQL | undefined> {
  const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
  const bounds: (SQL | undefined)[] = [];
  if (since) {
    const [first] = await tx.select({ seq: auditEvents.seq }).from(auditEvents).where(gte(auditEvents.at, shift(since, -CLOCK_SLACK_MS))).orderBy(asc(auditEvents.at)).limit(1);
    bounds.push(first ? gte(auditEvents.seq, first.seq) : never());
  }
  if (until) {
    const [last] = await tx.select({ seq: auditEvents.seq }).from(auditEvents).where(lt(auditEvents.at, shift(until, CLOCK_SLACK_MS))).orderBy(desc(auditEvents.at)).limit(1);
    bounds.push(last ? lte(auditEvents.seq, last.seq) : never());
  }
  return and(...bounds);
}

/**
 * The filters as one WHERE. A user matches the rows they did and the rows about them (an admin's
 * reset of their password sits next to their sign-ins); a client matches the rows about them and
 * about their crisis sessions. Each branch is served by an index (actor, entity, at).
 */
async function filterWhere(tx: Tx, filters: AuditReportFilters): Promise<SQL | undefined> {
  const { since, until } = instantRange(filters, await practiceTimeZone(tx));
  const sessionsOfClient = (clientId: string) => sql`(select ${crisisSessions.id} from ${crisisSessions} where ${crisisSessions.clientId} = ${clientId})`;
  return and(
    since ? gte(auditEvents.at, since) : undefined,
    until ? lt(auditEvents.at, until) : undefined,
    await positionBounds(tx, since, until),
    filters.user ? or(eq(auditEvents.actorId, filters.user), and(eq(auditEvents.entityType, "user"), eq(auditEvents.entityId, filters.user))) : undefined,
    filters.client
      ? or(
          and(eq(auditEvents.entityType, "client"), eq(auditEvents.entityId, filters.client)),
          and(eq(auditEvents.entityType, "crisis_session"), inArray(auditEvents.entityId, sessionsOfClient(filters.client))),
        )
      : undefined,
    filters.action ? eq(auditEvents.action, filters.action) : undefined,
    filters.outcome ? eq(auditEvents.outcome, filters.outcome) : undefined,
  );
}

/** Rows with their people resolved by name in the same query (never one lookup per row). */
function selectRows(tx: Tx, where: SQL | undefined) {
  const actor = alias(users, "actor");
  const subjectUser = alias(users, "subject_user");
  const session = alias(crisisSessions, "subject_session");
  const clientId = sql<string | null>`case when ${auditEvents.entityType} = 'client' then ${auditEvents.entityId} else ${session.clientId} end`;
  return tx
    .select({
      seq: auditEvents.seq,
      at: auditEvents.at,
      actorId: auditEvents.actorId,
      actorName: actor.name,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      subjectName: sql<string | null>`coalesce(${subjectUser.name}, ${clients.name})`,
      clientId: sql<string | null>`${clients.id}`,
      outcome: auditEvents.outcome,
      ip: auditEvents.ip,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorId))
    .leftJoin(subjectUser, and(eq(auditEvents.entityType, "user"), eq(subjectUser.id, auditEvents.entityId)))
    .leftJoin(session, and(eq(auditEvents.entityType, "crisis_session"), eq(session.id, auditEvents.entityId)))
    .leftJoin(clients, eq(clients.id, clientId))
    .where(where);
}

/**
 * The matching positions first (indexes only, no joins), then the rows with their names for those
 * positions alone: a filter matching tens of thousands of rows sorts integers, not joined rows.
 */
async function rowsAt(tx: Tx, where: SQL | undefined, order: "asc" | "desc", limit: number): Promise<AuditLogRow[]> {
  const byPosition = order === "asc" ? asc(auditEvents.seq) : desc(auditEvents.seq);
  const found = await tx.select({ seq: auditEvents.seq }).from(auditEvents).where(where).orderBy(byPosition).limit(limit);
  if (found.length === 0) return [];
  return selectRows(tx, inArray(auditEvents.seq, found.map((row) => row.seq))).orderBy(byPosition);
}

/**
 * One page in time order, by position in the chain (keyset on seq): a page deep in a large log
 * costs what the first does, and nothing is counted. `after` reads newer rows, `before` older.
 */
async function timePage(tx: Tx, where: SQL | undefined, query: ReportQuery): Promise<Pick<AuditPage, "rows" | "hasNewer" | "hasOlder">> {
  const limit = AUDIT_PAGE_SIZE + 1;
  const newestFirst = query.dir !== "asc";
  let fetched: AuditLogRow[];
  let hasNewer: boolean;
  let hasOlder: boolean;
  if (query.after !== undefined) {
    fetched = await rowsAt(tx, and(where, gt(auditEvents.seq, query.after)), "asc", limit);
    [hasNewer, hasOlder] = [fetched.length > AUDIT_PAGE_SIZE, true];
  } else if (query.before !== undefined || newestFirst) {
    const before = query.before !== undefined ? lt(auditEvents.seq, query.before) : undefined;
    fetched = await rowsAt(tx, and(where, before), "desc", limit);
    [hasNewer, hasOlder] = [query.before !== undefined, fetched.length > AUDIT_PAGE_SIZE];
  } else {
    fetched = await rowsAt(tx, where, "asc", limit);
    [hasNewer, hasOlder] = [fetched.length > AUDIT_PAGE_SIZE, false];
  }
  const page = fetched.slice(0, AUDIT_PAGE_SIZE);
  page.sort((a, b) => (newestFirst ? b.seq - a.seq : a.seq - b.seq));
  return { rows: page, hasNewer, hasOlder };
}

/** The filtered rows for a sort by another column, or null when there are too many to sort. */
async function sortableRows(tx: Tx, where: SQL | undefined): Promise<AuditLogRow[] | null> {
  const rows = await rowsAt(tx, where, "desc", MAX_SORTABLE_ROWS + 1);
  return rows.length > MAX_SORTABLE_ROWS ? null : rows;
}

async function clientNameOf(tx: Tx, clientId: string | undefined): Promise<string | null> {
  if (!clientId) return null;
  const [row] = await tx.select({ name: clients.name }).from(clients).where(eq(clients.id, clientId));
  return row?.name ?? null;
}

/**
 * The audit report: the rows that match the filters, in the order asked for. Time order pages by
 * position in the chain; another column sorts the whole filtered set when it holds at most
 * MAX_SORTABLE_ROWS rows, and falls back to time order (saying so) when it holds more.
 */
export async function listAuditEvents(ctx: DbContext, query: ReportQuery = {}): Promise<AuditPage> {
  return operation(ctx, { name: "audit.list", roles: ADMINS, mode: "read" }, async ({ tx }) => {
    const where = await filterWhere(tx, query);
    const clientName = await clientNameOf(tx, query.client);
    const sort = query.sort ?? "time";
    if (sort !== "time") {
      const rows = await sortableRows(tx, where);
      if (rows) {
        const count = Math.max(1, Math.ceil(rows.length / AUDIT_PAGE_SIZE));
        const page = Math.min(query.page ?? 1, count);
        const sorted = sortAuditRows(rows, sort, query.dir ?? "desc");
        return {
          rows: sorted.slice((page - 1) * AUDIT_PAGE_SIZE, page * AUDIT_PAGE_SIZE),
          hasNewer: false,
          hasOlder: false,
          sort,
          sortRefused: false,
          pages: { page, count, total: rows.length },
          clientName,
        };
      }
      return { ...(await timePage(tx, where, { ...query, dir: "desc", before: undefined, after: undefined })), sort: "time", sortRefused: true, clientName };
    }
    return { ...(await timePage(tx, where, query)), sort, sortRefused: false, clientName };
  });
}

/** "new": from the last row verified before (the whole chain the first time); "full": from the start. */
export type VerifyScope = "new" | "full";

export type AuditVerificationStatus = {
  /** The newest row of the chain. */
  headSeq: number;
  /** Rows up to this one were found intact by the last check that passed (0: never checked). */
  verifiedSeq: number;
  verifiedAt: string | null;
  fullVerifiedAt: string | null;
  fullVerifiedSeq: number | null;
  failure: { seq: number; problem: string; at: string } | null;
  isRunning: boolean;
};

const running = new WeakMap<Db, { isFull: boolean; done: Promise<ChainVerdict> }>();

/**
 * One check at a time per connection: a request for a check already running (or covered by a
 * full one running) waits for it instead of walking the chain a second time.
 */
function once(db: Db, isFull: boolean, run: () => Promise<ChainVerdict>): Promise<ChainVerdict> {
  const current = running.get(db);
  if (current && (current.isFull || !isFull)) return current.done;
  const done: Promise<ChainVerdict> = (current ? current.done.then(() => undefined, () => undefined) : Promise.resolve())
    .then(run)
    .finally(() => {
      if (running.get(db)?.done === done) running.delete(db);
    });
  running.set(db, { isFull, done });
  return done;
}

/**
 * The admin's integrity check. "new" walks only the rows written since the last check that passed
 * (after making sure its last row still has the hash it had then); "full" walks the whole chain,
 * which is what notices a change to old rows. Either way in chunks that let the server answer
 * other requests meanwhile (db/audit-chain.ts), never inside a page render. The result is kept
 * for the status line and audited.
 */
export async function checkAuditChain(ctx: DbContext, scope: VerifyScope = "new"): Promise<ChainVerdict> {
  await requireRole(ctx, { name: "audit.verify", roles: ["admin"] });
  const state = scope === "new" ? await readVerification(ctx) : undefined;
  const from = state && state.verifiedSeq > 0 ? { seq: state.verifiedSeq, hash: state.verifiedHash } : null;
  const isFull = from === null;
  return once(ctx.db, isFull, async () => {
    const verdict = await walkAuditChain(ctx.db, { from });
    await recordVerification(ctx, { verdict, isFull });
    return verdict;
  });
}

async function readVerification(ctx: DbContext) {
  return operation(ctx, { name: "audit.verify", roles: ["admin"], mode: "read" }, async ({ tx }) => {
    const [state] = await tx.select().from(auditVerification).where(eq(auditVerification.id, 1));
    return state;
  });
}

async function recordVerification(ctx: DbContext, { verdict, isFull }: { verdict: ChainVerdict; isFull: boolean }): Promise<void> {
  await operation(ctx, { name: "audit.verify", roles: ["admin"] }, async ({ tx, audit }) => {
    const at = new Date().toISOString();
    const [state] = await tx.select().from(auditVerification).where(eq(auditVerification.id, 1));
    const scope = isFull ? "full" : "new";
    if (verdict.ok) {
      // A slower full check finishing after a newer incremental one must not move the mark back.
      const isAhead = !state || verdict.head.seq >= state.verifiedSeq;
      const values = {
        verifiedSeq: isAhead ? verdict.head.seq : (state?.verifiedSeq ?? 0),
        verifiedHash: isAhead ? verdict.head.hash : (state?.verifiedHash ?? verdict.head.hash),
        verifiedAt: at,
        ...(isFull ? { fullVerifiedAt: at, fullVerifiedSeq: verdict.head.seq } : {}),
        failedAt: null,
        failedSeq: null,
        failure: null,
      };
      await tx.insert(auditVerification).values({ id: 1, ...values }).onConflictDoUpdate({ target: auditVerification.id, set: values });
      await audit({ action: "audit.chain_verified", entityType: "audit_chain", entityId: null, detail: { scope, rows: verdict.rows, checked: verdict.checked } });
      return;
    }
    const failure = { failedAt: at, failedSeq: verdict.seq, failure: verdict.problem };
    await tx
      .insert(auditVerification)
      .values({ id: 1, verifiedSeq: 0, verifiedHash: "", verifiedAt: at, ...failure })
      .onConflictDoUpdate({ target: auditVerification.id, set: failure });
    await audit({ action: "audit.chain_verified", entityType: "audit_chain", entityId: null, outcome: "failure", detail: { scope, seq: verdict.seq, problem: verdict.problem } });
  });
}

/** What the audit page shows about the checks: one row and the chain's head, nothing walked. */
export async function auditVerificationStatus(ctx: DbContext): Promise<AuditVerificationStatus> {
  return operation(ctx, { name: "audit.verify", roles: ["admin"], mode: "read" }, async ({ tx }) => {
    const [state] = await tx.select().from(auditVerification).where(eq(auditVerification.id, 1));
    const [head] = await tx.select({ lastSeq: auditChainHead.lastSeq }).from(auditChainHead).where(eq(auditChainHead.id, 1));
    return {
      headSeq: head?.lastSeq ?? 0,
      verifiedSeq: state?.verifiedSeq ?? 0,
      verifiedAt: state && state.verifiedSeq > 0 ? state.verifiedAt : null,
      fullVerifiedAt: state?.fullVerifiedAt ?? null,
      fullVerifiedSeq: state?.fullVerifiedSeq ?? null,
      failure: state?.failedAt && state.failedSeq !== null && state.failure ? { seq: state.failedSeq, problem: state.failure, at: state.failedAt } : null,
      isRunning: running.has(ctx.db),
    };
  });
}

/**
 * A signed checkpoint of the chain's head for the admin to keep elsewhere. The rows new since the
 * last check are verified first: a checkpoint never vouches for rows nobody checked. Audited.
 */
export async function exportAuditCheckpoint(ctx: DbContext): Promise<AuditCheckpoint> {
  const verdict = await checkAuditChain(ctx, "new");
  if (!verdict.ok) throw new AppError("CONFLICT", `The audit chain failed its check at entry ${verdict.seq}, so no checkpoint was made: ${verdict.problem}.`);
  const checkpoint = await makeCheckpoint(ctx.db, verdict.head);
  await operation(ctx, { name: "audit.checkpoint" , roles: ["admin"] }, ({ audit }) =>
    audit({ action: "audit.checkpoint_exported", entityType: "audit_chain", entityId: null, detail: { seq: checkpoint.seq, hash: checkpoint.hash, keyId: checkpoint.keyId } }),
  );
  return checkpoint;
}

const EXPORT_BATCH = 1000;

/**
 * The filtered report for the CSV export, a batch at a time (each batch its own short read, so a
 * slow download never holds the database): time order by keyset; another column sorts the
 * filtered set as the page does, refused when it is too large to sort.
 */
export async function* exportAuditEvents(ctx: DbContext, query: ReportQuery): AsyncGenerator<AuditLogRow[], void, undefined> {
  const sort = query.sort ?? "time";
  if (sort !== "time") {
    const rows = await operation(ctx, { name: "audit.export", roles: ADMINS, mode: "read" }, async ({ tx }) => sortableRows(tx, await filterWhere(tx, query)));
    if (!rows) throw new AppError("VALIDATION", `Sorting by this column works on up to ${MAX_SORTABLE_ROWS} rows: narrow the filters, or export in time order.`);
    yield sortAuditRows(rows, sort, query.dir ?? "desc");
    return;
  }
  const newestFirst = query.dir !== "asc";
  let cursor: number | undefined;
  for (;;) {
    const batch = await operation(ctx, { name: "audit.export", roles: ADMINS, mode: "read" }, async ({ tx }) => {
      const where = await filterWhere(tx, query);
      const position = cursor === undefined ? undefined : newestFirst ? lt(auditEvents.seq, cursor) : gt(auditEvents.seq, cursor);
      return rowsAt(tx, and(where, position), newestFirst ? "desc" : "asc", EXPORT_BATCH);
    });
    if (batch.length > 0) yield batch;
    if (batch.length < EXPORT_BATCH) return;
    cursor = batch.at(-1)?.seq;
  }
}

/** Every export of the report is itself audited: its filters (ids, never names), rows and whether it finished. */
export async function recordAuditExport(ctx: DbContext, input: { query: ReportQuery; rows: number; completed: boolean }): Promise<void> {
  const { query } = input;
  await operation(ctx, { name: "audit.export", roles: ADMINS }, ({ audit }) =>
    audit({
      action: "audit.exported",
      entityType: "audit_report",
      outcome: input.completed ? "success" : "failure",
      detail: {
        from: query.from ?? null,
        to: query.to ?? null,
        userId: query.user ?? null,
        clientId: query.client ?? null,
        action: query.action ?? null,
        outcome: query.outcome ?? null,
        sort: query.sort ?? "time",
        rows: input.rows,
        completed: input.completed,
      },
    }),
  );
}
