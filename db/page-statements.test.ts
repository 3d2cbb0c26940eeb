import { describe, expect, it } from "vitest";
import type { Db } from "./client";
import type { ActorContext } from "./context";
import { getPracticeSettings } from "./practice";
import { countReviewQueue, listReviewQueue, reviewNote } from "./reviews";
import { startTimer } from "./segments";
import { getDashboard, getNotesListPage, listMySessions } from "./sessions";
import { findActiveActor } from "./sign-in";
import { getSignedInArea } from "./signed-in-area";
import { auditRowsSince, clinic, draftFor, lastSeq, onPostgres, signedNoteFor } from "./test-support";

/*
 * Budgets that do not depend on timing: the SQL statements one page load runs, counted where
 * better-sqlite3 prepares them. A page's count must not grow with the notes behind it (an N+1
 * fails here), and the list and dashboard queries must read their order from an index (no
 * "USE TEMP B-TREE" in their plans; db/schema.ts).
 */

type Statement = { sql: string; params: unknown[] };

/** Every statement `fn` prepares on the connection, with the parameters it ran with. */
async function statementsOf(db: Db, fn: () => Promise<unknown>): Promise<Statement[]> {
  const sqlite = db.$client;
  const seen: Statement[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source);
    const record: Statement = { sql: source, params: [] };
    seen.push(record);
    for (const method of ["all", "get", "run", "iterate"] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      Object.defineProperty(statement, method, {
        value: (...args: unknown[]) => {
          record.params = args;
          return original(...args);
        },
      });
    }
    return statement;
  }) as typeof sqlite.prepare;
  try {
    await fn();
  } finally {
    sqlite.prepare = prepare;
  }
  return seen;
}

const isAudit = (s: Statement) => /audit_events|audit_chain_head/.test(s.sql);
const isRead = (s: Statement) => /^\s*select/i.test(s.sql);

function planOf(db: Db, statement: Statement): string[] {
  const rows = db.$client.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as { detail: string }[];
  return rows.map((row) => row.detail);
}

/** A supervised therapist with `n` notes in each state the dashboard shows, and a running timer. */
async function busyTherapist(n: number) {
  const practice = await clinic();
  const { therapist, supervisor } = practice;
  for (let i = 0; i < n; i += 1) {
    await signedNoteFor(therapist);
    const returned = await signedNoteFor(therapist);
    await reviewNote(supervisor, { sessionId: returned.sessionId, version: returned.version + 1, decision: "return", comment: `Add the safety plan (${i})` });
    await draftFor(therapist);
  }
  const running = await draftFor(therapist);
  await startTimer(therapist, running.sessionId);
  return practice;
}

/**
 * What every signed-in request reads (server/context.ts, server/practice-settings.ts,
 * app/(app)/layout.tsx), each once per request however often the layout and the page ask: the
 * practice's settings, the actor, and the frame (reset notice, a supervisor's queue badge). Then
 * the page's own reads. The sign-in check (db/sign-ins.ts isSignInOpen) adds one more read.
 */
async function pageLoad(ctx: ActorContext, page: () => Promise<unknown>) {
  await getPracticeSettings(ctx);
  await findActiveActor(ctx, ctx.actor.id);
  await getSignedInArea(ctx);
  await page();
}

// The dashboard's time zone and badge are the request's (shared with the layout).
const dashboardPage = (ctx: ActorContext) => pageLoad(ctx, () => getDashboard(ctx, "2000-01-01"));

const notesPage = (ctx: ActorContext, query: Parameters<typeof listMySessions>[1] = {}) => pageLoad(ctx, () => getNotesListPage(ctx, query));

/*
 * Today's figures: a new statement per page load needs a reason (and this budget raised with it).
 * They count the whole signed-in request but its sign-in check, the frame included. (Before the
 * frame was read once per request, the budgets left it out, and the real dashboard request ran 12
 * reads where this counted 7: the settings three times, a supervisor's badge twice.)
 * `reads` leaves out the audit writer's statements; `all` counts them too, at their most (a view
 * is checked against the actor's latest row, then written with the chain head: four statements
 * per audited read that is not coalesced).
 */
const BUDGET = {
  dashboard: { reads: 8, all: 12 },
  notes: { reads: 6, all: 14 },
  reviewQueue: { reads: 8, all: 12 },
};
const withoutAudit = (all: Statement[]) => all.filter((s) => !isAudit(s));

function expectInBudget(few: Statement[], many: Statement[], budget: { reads: number; all: number }) {
  // The same statements with 1 note of each kind as with many: no query per note.
  // A list of ids is one statement however long: `in (?, ?, ?)` counts as `in (?)`.
  const shape = (all: Statement[]) => withoutAudit(all).map((s) => s.sql.replace(/\(\?(, \?)*\)/g, "(?)"));
  expect(shape(many)).toEqual(shape(few));
  expect(withoutAudit(many).length).toBeLessThanOrEqual(budget.reads);
  expect(many.length).toBeLessThanOrEqual(budget.all);
  expect(few.length).toBeLessThanOrEqual(budget.all);
}

// Building the practices takes seconds on a busy machine; the assertions never depend on time.
const SETUP_TIMEOUT_MS = 60_000;

// Counted and explained where better-sqlite3 prepares the statements: SQLite only. The statements
// are the same on PostgreSQL (one data layer), so their count is checked once.
describe.skipIf(onPostgres)("SQL statements per page load", () => {
  it("the dashboard reads its notes in five queries, and the page stays in budget however many notes there are", async () => {
    const small = await busyTherapist(1);
    const large = await busyTherapist(6);
    const few = await statementsOf(small.db, () => dashboardPage(small.therapist));
    const many = await statementsOf(large.db, () => dashboardPage(large.therapist));
    const dashboardReads = (all: Statement[]) => all.filter((s) => isRead(s) && !isAudit(s) && /crisis_sessions|billing_lines|session_segments/.test(s.sql));
    expect(dashboardReads(many)).toHaveLength(5);
    expectInBudget(few, many, BUDGET.dashboard);
    // The page shows what it read: six of each kind (and the draft being timed), with the return comment.
    const dashboard = await getDashboard(large.therapist, "2000-01-01");
    expect([dashboard.drafts.length, dashboard.returned.length, dashboard.signedThisWeek.length]).toEqual([7, 6, 6]);
    expect(dashboard.returned[0]).toMatchObject({ comment: "Add the safety plan (5)", returnedBy: "sam" });
  }, SETUP_TIMEOUT_MS);

  it("the notes list, first page and a deep page, stays in budget however many notes there are", async () => {
    const small = await busyTherapist(1);
    const large = await busyTherapist(12);
    const first = await listMySessions(large.therapist, {});
    expect(first.older).not.toBeNull();
    const few = await statementsOf(small.db, () => notesPage(small.therapist));
    const many = await statementsOf(large.db, () => notesPage(large.therapist));
    const deep = await statementsOf(large.db, () => notesPage(large.therapist, { after: first.older ?? undefined }));
    expectInBudget(few, many, BUDGET.notes);
    // A deep page: the same statements, one with the cursor's condition.
    expect(withoutAudit(deep)).toHaveLength(withoutAudit(many).length);
    expect(deep.length).toBeLessThanOrEqual(BUDGET.notes.all);
  }, SETUP_TIMEOUT_MS);

  it("the review queue stays in budget however many notes wait", async () => {
    const small = await busyTherapist(1);
    const large = await busyTherapist(6);
    const queuePage = (ctx: ActorContext) => pageLoad(ctx, () => listReviewQueue(ctx));
    const few = await statementsOf(small.db, () => queuePage(small.supervisor));
    const many = await statementsOf(large.db, () => queuePage(large.supervisor));
    expectInBudget(few, many, BUDGET.reviewQueue);
  }, SETUP_TIMEOUT_MS);
});

describe.skipIf(onPostgres)("the list and dashboard queries take their order from an index (SQLite's query plans)", () => {
  it("no temporary B-tree and no full scan of notes or lines, on every list page and the dashboard", async () => {
    const { db, therapist, supervisor } = await busyTherapist(3);
    const first = await listMySessions(therapist, {});
    const runs = [
      () => getDashboard(therapist, "2000-01-01"),
      () => listMySessions(therapist, {}),
      () => listMySessions(therapist, { status: "draft" }),
      () => listMySessions(therapist, { after: first.items[2] ?? { createdAt: "", id: "" } }),
      () => listMySessions(therapist, { status: "returned", before: first.items[5] ?? { createdAt: "", id: "" } }),
      () => countReviewQueue(supervisor),
    ];
    for (const run of runs) {
      for (const statement of (await statementsOf(db, run)).filter(isRead)) {
        const plan = planOf(db, statement);
        expect(plan.join("\n"), statement.sql).not.toMatch(/USE TEMP B-TREE/);
        expect(plan.join("\n"), statement.sql).not.toMatch(/^SCAN (crisis_sessions|billing_lines|audit_events)$/m);
      }
    }
  }, SETUP_TIMEOUT_MS);

  it("a supervisor's queue badge counts from the queue's own index: no note or review thread is read", async () => {
    // It runs on every page a supervisor opens (the header's badge); counting their supervisees'
    // notes and each one's latest thread event took 80 ms per page on the 200k-session seed.
    const { db, supervisor, therapist } = await busyTherapist(2);
    await signedNoteFor(therapist);
    const [counted] = (await statementsOf(db, () => countReviewQueue(supervisor))).filter(isRead);
    expect(counted).toBeDefined();
    if (counted) {
      const plan = planOf(db, counted).join("\n");
      expect(plan).toMatch(/SEARCH review_queue USING COVERING INDEX review_queue_clinician_idx \(clinician_id=\?\)/);
      expect(plan).not.toMatch(/crisis_sessions|note_reviews/);
    }
  }, SETUP_TIMEOUT_MS);

  it("the notes page's client list reads the clinician's clients from their notes' index, not a probe per client", async () => {
    const { db, therapist } = await busyTherapist(2);
    const [listed] = (await statementsOf(db, () => getNotesListPage(therapist, {}))).filter((s) => isRead(s) && /from "clients"/.test(s.sql));
    expect(listed).toBeDefined();
    if (listed) {
      const plan = planOf(db, listed).join("\n");
      expect(plan).toMatch(/SEARCH crisis_sessions USING COVERING INDEX crisis_sessions_\w+_idx \(clinician_id=\?\)/);
      expect(plan).not.toMatch(/CORRELATED|^SCAN clients/m);
    }
    // Both audit rows, as the two listings wrote them, in the page's one unit of work.
    const before = await lastSeq(db);
    await getNotesListPage(therapist, {});
    expect((await auditRowsSince(db, before)).map((row) => row.action)).toEqual(["notes.listed", "clients.listed"]);
  }, SETUP_TIMEOUT_MS);

  it("a date range is searched in the date index (then the range, not the list, is sorted)", async () => {
    // Newest first within a date range: the planner reads the range from crisis_sessions_clinician_day_idx
    // and sorts those notes. The sort is bounded by the range, and the cursor keeps a deep page cheap.
    const { db, therapist } = await busyTherapist(1);
    const [list] = (await statementsOf(db, () => listMySessions(therapist, { from: "2000-01-01", to: "2100-01-01" }))).filter((s) => isRead(s) && /order by/i.test(s.sql));
    expect(list).toBeDefined();
    if (list) expect(planOf(db, list)[0]).toMatch(/^SEARCH crisis_sessions USING COVERING INDEX crisis_sessions_clinician_day_idx \(clinician_id=\? AND date_of_service>\? AND date_of_service<\?\)$/);
  }, SETUP_TIMEOUT_MS);

  it("the newest page reads the notes from a covering index: the row with its note text is never read", async () => {
    const { db, therapist } = await busyTherapist(1);
    const [list] = (await statementsOf(db, () => listMySessions(therapist, {}))).filter((s) => isRead(s) && /order by/i.test(s.sql));
    expect(list).toBeDefined();
    if (list) expect(planOf(db, list).join("\n")).toMatch(/crisis_sessions USING COVERING INDEX crisis_sessions_list_idx/);
  }, SETUP_TIMEOUT_MS);
});
