import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, sql } from "drizzle-orm";
import type { z } from "zod";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { emptyNote } from "@/lib/notes/empty-note";
import type { GuidancePanel } from "@/lib/notes/guidance-panel";
import { safetyPlanTemplateItems } from "@/lib/notes/guidance-panel";
import type { RuleSet } from "@/lib/billing";
import { isAwaitingReview } from "@/lib/notes/review";
import type { NoteStatus } from "@/lib/notes/status";
import type { ListCursor, SessionListQuery } from "@/lib/validation/session-list";
import type { NoteBody } from "@/lib/validation/note";
import type { SessionMeta, startSessionSchema } from "@/lib/validation/session";
import type { Tx } from "./client";
import { type ClientDetails, type ClientSummary, clientDetailsIn, myClientsIn } from "./clients";
import type { Actor, DbContext } from "./context";
import { type Work, operation } from "./operation";
import { type ClientPayer, clientPayerIn } from "./payers";
import { practiceTimeZone } from "./practice";
import { type ReviewEventView, type SegmentView, findOwnSession, parseNote, reviewThreadOf, segmentsOf } from "./session-access";
import { openSegment } from "./segments";
import { type CrisisSessionRow, addenda, billingLines, clients, crisisSessions, guidancePanels, noteReviews, sessionSegments, users } from "./tables";
import { ownNotes } from "./scopes";

export type BillingLineView = { code: string; units: number; modifiers: string[]; placeOfService: string; dayMinutes: number };
export type BillingWarningView = { code: string; message: string };
/** What a billed day was computed under, as stored with its lines (a later payer change never rewrites it). */
export type BilledUnderView = { payerName: string | null; ruleSet: RuleSet; diagnosisCodes: string[] };
export type AddendumView = { id: string; authorName: string; reason: string; text: string; createdAt: string };
export type SignatureView = { name: string; credentials: string | null; at: string };

/** Everything the note page shows, for the clinician who owns the note. */
export type SessionView = {
  id: string;
  status: NoteStatus;
  version: number;
  dateOfService: string | null;
  meta: SessionMeta;
  timesAttested: boolean;
  note: NoteBody;
  /** With what the clinician may need during the call: the client's phone and emergency contact. */
  client: ClientSummary & Pick<ClientDetails, "phone" | "emergencyContactName" | "emergencyContactRelation" | "emergencyContactPhone">;
  clinician: { name: string; credentials: string | null; supervised: boolean };
  segments: SegmentView[];
  signedAt: string | null;
  signature: SignatureView | null;
  cosignature: SignatureView | null;
  guidance: GuidancePanel | null;
  billingLines: BillingLineView[];
  /** What the engine warned about the day when it was billed (same-day conflict, E/M add-on, …). */
  billingWarnings: BillingWarningView[];
  billedUnder: BilledUnderView | null;
  /** The day's lines go out only when every note behind them is final (BILLING-RULES §6). */
  isBillable: boolean;
  isAwaitingReview: boolean;
  reviewThread: ReviewEventView[];
  /** The client's payer now: the live lines follow its rules; signing stores them with the lines. */
  payer: ClientPayer;
  addenda: AddendumView[];
  timeZone: string;
};

export async function startSession(ctx: DbContext, input: z.output<typeof startSessionSchema> & { startTimer: boolean }): Promise<{ sessionId: string }> {
  return operation(ctx, { name: "sessions.start", roles: CLINICAL_ROLES }, async (work) => {
    const { tx, actor } = work;
    const now = new Date().toISOString();
    const sessionId = randomUUID();
    const { clientId, startTimer, ...meta } = input;
    const client = await clientDetailsIn(tx, actor, clientId);
    if (!client.active) throw new AppError("CONFLICT", "This client is deactivated. Reactivate the client to start a crisis session.");
    await tx.insert(crisisSessions).values({
      id: sessionId,
      clientId,
      clinicianId: actor.id,
      ...meta,
      audioOnlyReason: meta.audioOnlyReason || null,
      note: JSON.stringify({ ...emptyNote(safetyPlanTemplateItems()), diagnoses: await lastDiagnoses(tx, actor, clientId) }),
      createdAt: now,
      updatedAt: now,
    });
    await work.audit({ action: "note.created", entityType: "crisis_session", entityId: sessionId, detail: { modality: meta.modality } });
    if (startTimer) await openSegment(work, sessionId, now);
    return { sessionId };
  });
}

/** The diagnoses of this clinician's last signed note for the client: a new note starts from them. */
async function lastDiagnoses(tx: Tx, actor: Actor, clientId: string): Promise<string[]> {
  const [last] = await tx
    .select({ id: crisisSessions.id, note: crisisSessions.note })
    .from(crisisSessions)
    .where(and(ownNotes(actor), eq(crisisSessions.clientId, clientId), inArray(crisisSessions.status, ["pending_review", "final"])))
    .orderBy(desc(crisisSessions.signedAt))
    .limit(1);
  return last ? parseNote(last).diagnoses : [];
}

/**
 * The note page (or its print view): the note, its time, its day's lines and addenda. A read of
 * PHI, audited once per look as a view or a print.
 */
export async function getSession(ctx: DbContext, sessionId: string, options: { purpose: "view" | "print" } = { purpose: "view" }): Promise<SessionView> {
  return operation(ctx, { name: "sessions.read", roles: CLINICAL_ROLES }, async (work) => {
    const row = await findOwnSession(work.tx, work.actor, sessionId);
    const view = await sessionViewOf(work.tx, row);
    await work.auditView({ action: options.purpose === "print" ? "note.printed" : "note.viewed", entityType: "crisis_session", entityId: row.id });
    return view;
  });
}

/** Everything a reader of the note sees, for a row the caller's scope already allowed. */
export async function sessionViewOf(tx: Tx, row: CrisisSessionRow): Promise<SessionView> {
  const [client] = await tx
    .select({
      id: clients.id,
      name: clients.name,
      dateOfBirth: clients.dateOfBirth,
      externalId: clients.externalId,
      phone: clients.phone,
      emergencyContactName: clients.emergencyContactName,
      emergencyContactRelation: clients.emergencyContactRelation,
      emergencyContactPhone: clients.emergencyContactPhone,
    })
    .from(clients)
    .where(eq(clients.id, row.clientId));
  const [clinician] = await tx
    .select({ name: users.name, credentials: users.credentials, supervisorId: users.supervisorId })
    .from(users)
    .where(eq(users.id, row.clinicianId));
  // Lines exist for the day once any of its notes is signed; a draft or returned note shows none.
  const day = row.dateOfService && (row.status === "pending_review" || row.status === "final") ? await dayBilling(tx, { clinicianId: row.clinicianId, clientId: row.clientId, dateOfService: row.dateOfService }) : null;
  const notes = await tx
    .select({ id: addenda.id, authorName: users.name, reason: addenda.reason, text: addenda.text, createdAt: addenda.createdAt })
    .from(addenda)
    .innerJoin(users, eq(users.id, addenda.authorId))
    .where(eq(addenda.sessionId, row.id))
    .orderBy(addenda.createdAt);
  const thread = await reviewThreadOf(tx, row.id);
  const [guidance] = row.guidancePanelId === null ? [] : await tx.select({ content: guidancePanels.content }).from(guidancePanels).where(eq(guidancePanels.id, row.guidancePanelId));
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    dateOfService: row.dateOfService,
    meta: {
      modality: row.modality,
      placeOfService: row.placeOfService,
      clientAtHome: row.clientAtHome,
      audioOnlyReason: row.audioOnlyReason ?? "",
      contactStart: row.contactStart,
    },
    timesAttested: row.timesAttested,
    note: parseNote(row),
    client: client ?? { id: row.clientId, name: "", dateOfBirth: "", externalId: null, phone: null, emergencyContactName: null, emergencyContactRelation: null, emergencyContactPhone: null },
    clinician: { name: clinician?.name ?? "", credentials: clinician?.credentials ?? null, supervised: Boolean(clinician?.supervisorId) },
    segments: await segmentsOf(tx, row.id),
    signedAt: row.signedAt,
    signature: row.signedAt && row.status !== "draft" && row.status !== "returned" ? { name: row.signerName ?? clinician?.name ?? "", credentials: row.signerCredentials, at: row.signedAt } : null,
    cosignature: row.cosignedAt ? { name: row.cosignerName ?? "", credentials: row.cosignerCredentials, at: row.cosignedAt } : null,
    guidance: guidance ? (JSON.parse(guidance.content) as GuidancePanel) : null,
    billingLines: day?.lines ?? [],
    billingWarnings: day?.warnings ?? [],
    billedUnder: day?.billedUnder ?? null,
    isBillable: day?.isBillable ?? false,
    isAwaitingReview: isAwaitingReview(thread.at(-1)?.kind ?? null),
    reviewThread: thread,
    payer: await clientPayerIn(tx, row.clientId),
    addenda: notes,
    timeZone: await practiceTimeZone(tx),
  };
}

type ClientDay = { clinicianId: string; clientId: string; dateOfService: string };

/** The billing lines of one clinician's day with one client (BILLING-RULES §1), and whether they can go out. */
export async function dayBilling(tx: Tx, day: ClientDay): Promise<{ lines: BillingLineView[]; warnings: BillingWarningView[]; billedUnder: BilledUnderView | null; isBillable: boolean }> {
  const rows = await tx
    .select()
    .from(billingLines)
    .where(and(eq(billingLines.clinicianId, day.clinicianId), eq(billingLines.clientId, day.clientId), eq(billingLines.dateOfService, day.dateOfService)));
  const [waiting] = await tx
    .select({ n: count() })
    .from(crisisSessions)
    .where(and(eq(crisisSessions.clinicianId, day.clinicianId), eq(crisisSessions.clientId, day.clientId), eq(crisisSessions.dateOfService, day.dateOfService), eq(crisisSessions.status, "pending_review")));
  const first = rows[0];
  const warnings = first ? (JSON.parse(first.warnings) as BillingWarningView[]) : [];
  const billedUnder = first ? { payerName: first.payerName, ruleSet: first.ruleSet, diagnosisCodes: first.diagnosisCodes.split(",").filter(Boolean) } : null;
  return { lines: rows.map(toLineView), warnings, billedUnder, isBillable: rows.length > 0 && (waiting?.n ?? 0) === 0 };
}

export const toLineView = (line: Pick<typeof billingLines.$inferSelect, "code" | "units" | "modifiers" | "placeOfService" | "dayMinutes">): BillingLineView => ({
  code: line.code,
  units: line.units,
  modifiers: line.modifiers ? line.modifiers.split(",") : [],
  placeOfService: line.placeOfService,
  dayMinutes: line.dayMinutes,
});

export type SessionListItem = { id: string; clientName: string; dateOfService: string | null; status: NoteStatus; createdAt: string };
export const SESSIONS_PAGE_SIZE = 25;

export type SessionListPage = {
  items: SessionListItem[];
  total: number;
  /** Where the page of newer notes ends (pass as `before`), null on the newest page. */
  newer: ListCursor | null;
  /** Where the page of older notes starts (pass as `after`), null on the oldest page. */
  older: ListCursor | null;
};

const listColumns = { id: crisisSessions.id, clientName: clients.name, dateOfService: crisisSessions.dateOfService, status: crisisSessions.status, createdAt: crisisSessions.createdAt };

/**
 * The acting clinician's notes, newest first, filtered and paged in SQL by keyset: a page starts
 * after (or before) the note a cursor names, read from an index in list order, so any page costs
 * what the first does and a new note never shifts the next page. Audited with the filters and
 * counts.
 */
export async function listMySessions(ctx: DbContext, filters: SessionListQuery): Promise<SessionListPage> {
  return operation(ctx, { name: "sessions.list", roles: CLINICAL_ROLES }, (work) => mySessionsIn(work, filters));
}

/**
 * The notes list page: a page of the clinician's notes and their clients for its filter, in one
 * unit of work (one commit for the two audit rows, which are those listMySessions and
 * listMyClients write).
 */
export async function getNotesListPage(ctx: DbContext, filters: SessionListQuery): Promise<SessionListPage & { clients: ClientSummary[] }> {
  return operation(ctx, { name: "sessions.list", roles: CLINICAL_ROLES }, async (work) => {
    const page = await mySessionsIn(work, filters);
    return { ...page, clients: await myClientsIn(work, "") };
  });
}

async function mySessionsIn(work: Work, filters: SessionListQuery): Promise<SessionListPage> {
  const { tx, actor } = work;
  const where = and(
    ownNotes(actor),
    filters.clientId ? eq(crisisSessions.clientId, filters.clientId) : undefined,
    filters.status ? eq(crisisSessions.status, filters.status) : undefined,
    filters.from ? gte(crisisSessions.dateOfService, filters.from) : undefined,
    filters.to ? lte(crisisSessions.dateOfService, filters.to) : undefined,
  );
  const key = sql`(${crisisSessions.createdAt}, ${crisisSessions.id})`;
  const { after, before } = filters;
  const isBackwards = !after && Boolean(before);
  const cursor = after ? sql`${key} < (${after.createdAt}, ${after.id})` : before ? sql`${key} > (${before.createdAt}, ${before.id})` : undefined;
  const rows = await tx
    .select(listColumns)
    .from(crisisSessions)
    .innerJoin(clients, eq(clients.id, crisisSessions.clientId))
    .where(and(where, cursor))
    .orderBy(...(isBackwards ? [asc(crisisSessions.createdAt), asc(crisisSessions.id)] : [desc(crisisSessions.createdAt), desc(crisisSessions.id)]))
    .limit(SESSIONS_PAGE_SIZE + 1);
  const hasMore = rows.length > SESSIONS_PAGE_SIZE;
  const page = rows.slice(0, SESSIONS_PAGE_SIZE);
  const items = isBackwards ? page.reverse() : page;
  const [totalRow] = await tx.select({ n: count() }).from(crisisSessions).where(where);
  const total = totalRow?.n ?? 0;
  const first = items[0];
  const last = items.at(-1);
  const hasNewer = isBackwards ? hasMore : Boolean(after);
  const hasOlder = isBackwards ? Boolean(before) : hasMore;
  await work.auditView({
    action: "notes.listed",
    entityType: "note_list",
    // Ids and filters only: the client's name never goes into the audit trail.
    detail: { clientId: filters.clientId ?? null, status: filters.status ?? null, from: filters.from ?? null, to: filters.to ?? null, page: after ? "older" : before ? "newer" : "newest", shown: items.length, total },
  });
  return {
    items,
    total,
    newer: hasNewer && first ? { createdAt: first.createdAt, id: first.id } : null,
    older: hasOlder && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

export type Dashboard = {
  running: { sessionId: string; clientName: string; startedAt: string } | null;
  drafts: SessionListItem[];
  /** With the supervisor's latest return comment, so the clinician sees what to change. */
  returned: (SessionListItem & { returnedBy: string; comment: string })[];
  signedThisWeek: (SessionListItem & { lines: BillingLineView[] })[];
};

// A week of one clinician's crisis notes fits; drafts and returned notes past this are in /sessions.
const DASHBOARD_LIMIT = 200;

/**
 * The clinician's home page in five queries, whatever the number of notes: the running timer,
 * drafts, returned notes (each with its latest return comment), this week's signed notes, and
 * their lines. Each reads an index in the order shown (db/schema.ts).
 */
export async function getDashboard(ctx: DbContext, weekStart: string): Promise<Dashboard> {
  return operation(ctx, { name: "sessions.dashboard", roles: CLINICAL_ROLES }, async (work) => {
    const { tx, actor } = work;
    const [running] = await tx
      .select({ sessionId: sessionSegments.sessionId, clientName: clients.name, startedAt: sessionSegments.startedAt })
      .from(sessionSegments)
      .innerJoin(crisisSessions, eq(crisisSessions.id, sessionSegments.sessionId))
      .innerJoin(clients, eq(clients.id, crisisSessions.clientId))
      .where(and(eq(sessionSegments.clinicianId, actor.id), isNull(sessionSegments.endedAt)));
    const drafts = await tx
      .select(listColumns)
      .from(crisisSessions)
      .innerJoin(clients, eq(clients.id, crisisSessions.clientId))
      .where(and(ownNotes(actor), eq(crisisSessions.status, "draft")))
      .orderBy(desc(crisisSessions.createdAt), desc(crisisSessions.id))
      .limit(DASHBOARD_LIMIT);
    // The latest return's author and comment: the one to act on.
    const latestReturn = (column: typeof noteReviews.authorName | typeof noteReviews.comment) =>
      sql<string | null>`(select ${column} from ${noteReviews} where ${noteReviews.sessionId} = ${crisisSessions.id} and ${noteReviews.kind} = 'returned' order by ${noteReviews.seq} desc limit 1)`;
    const returned = await tx
      .select({ ...listColumns, returnedBy: latestReturn(noteReviews.authorName), comment: latestReturn(noteReviews.comment) })
      .from(crisisSessions)
      .innerJoin(clients, eq(clients.id, crisisSessions.clientId))
      .where(and(ownNotes(actor), eq(crisisSessions.status, "returned")))
      .orderBy(desc(crisisSessions.createdAt), desc(crisisSessions.id))
      .limit(DASHBOARD_LIMIT);
    const signed = await tx
      .select({ ...listColumns, clientId: crisisSessions.clientId })
      .from(crisisSessions)
      .innerJoin(clients, eq(clients.id, crisisSessions.clientId))
      .where(and(ownNotes(actor), gte(crisisSessions.dateOfService, weekStart), inArray(crisisSessions.status, ["pending_review", "final"])))
      .orderBy(desc(crisisSessions.dateOfService), desc(crisisSessions.createdAt), desc(crisisSessions.id))
      .limit(DASHBOARD_LIMIT);
    // One query for every signed day's lines, grouped here (was one query per note).
    const weekLines = await tx
      .select()
      .from(billingLines)
      .where(and(eq(billingLines.clinicianId, actor.id), gte(billingLines.dateOfService, weekStart)));
    const linesByDay = new Map<string, BillingLineView[]>();
    for (const line of weekLines) {
      const key = `${line.clientId}|${line.dateOfService}`;
      linesByDay.set(key, [...(linesByDay.get(key) ?? []), toLineView(line)]);
    }
    const dashboard: Dashboard = {
      running: running ?? null,
      drafts,
      returned: returned.map((item) => ({ ...item, returnedBy: item.returnedBy ?? "", comment: item.comment ?? "" })),
      signedThisWeek: signed.map(({ clientId, ...item }) => ({ ...item, lines: linesByDay.get(`${clientId}|${item.dateOfService ?? ""}`) ?? [] })),
    };
    await work.auditView({
      action: "dashboard.viewed",
      entityType: "dashboard",
      detail: { running: dashboard.running !== null, drafts: drafts.length, returned: returned.length, signedThisWeek: signed.length },
    });
    return dashboard;
  });
}
