import "server-only";
import { randomUUID } from "node:crypto";
import { and, count, desc, eq, gte, inArray, isNull, lte } from "drizzle-orm";
import type { z } from "zod";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { emptyNote } from "@/lib/notes/empty-note";
import type { GuidancePanel } from "@/lib/notes/guidance-panel";
import { safetyPlanTemplateItems } from "@/lib/notes/guidance-panel";
import type { NoteBody } from "@/lib/validation/note";
import type { SessionMeta, startSessionSchema } from "@/lib/validation/session";
import { appendAudit } from "./audit";
import { authorize } from "./authorize";
import { type ClientSummary, findVisibleClient } from "./clients";
import type { DbContext } from "./context";
import { readPracticeSettings } from "./practice";
import { type SegmentView, findOwnSession, parseNote, segmentsOf } from "./session-access";
import { openSegment } from "./segments";
import type { NoteStatus } from "@/lib/notes/status";
import { addenda, billingLines, clients, crisisSessions, sessionSegments, users } from "./schema";

export type BillingLineView = { code: string; units: number; modifiers: string[]; placeOfService: string; dayMinutes: number };
export type AddendumView = { id: string; authorName: string; reason: string; text: string; createdAt: string };

/** Everything the note page shows, for the clinician who owns the note. */
export type SessionView = {
  id: string;
  status: NoteStatus;
  version: number;
  dateOfService: string | null;
  meta: SessionMeta;
  timesAttested: boolean;
  note: NoteBody;
  client: ClientSummary;
  clinician: { name: string; credentials: string | null; supervised: boolean };
  segments: SegmentView[];
  signedAt: string | null;
  guidance: GuidancePanel | null;
  billingLines: BillingLineView[];
  addenda: AddendumView[];
  timeZone: string;
};

export function startSession(ctx: DbContext, input: z.output<typeof startSessionSchema> & { startTimer: boolean }): { sessionId: string } {
  authorize(ctx, CLINICAL_ROLES, "sessions.start");
  const now = new Date().toISOString();
  const sessionId = randomUUID();
  const { clientId, startTimer, ...meta } = input;
  ctx.db.transaction(
    (tx) => {
      findVisibleClient(tx, ctx, clientId);
      tx.insert(crisisSessions)
        .values({
          id: sessionId,
          clientId,
          clinicianId: ctx.actor.id,
          ...meta,
          audioOnlyReason: meta.audioOnlyReason || null,
          note: JSON.stringify(emptyNote(safetyPlanTemplateItems())),
          createdAt: now,
          updatedAt: now,
        })
        .run();
      appendAudit(tx, ctx, { action: "note.created", entityType: "crisis_session", entityId: sessionId, detail: { modality: meta.modality } });
      if (startTimer) openSegment(tx, ctx, sessionId, now);
    },
    { behavior: "immediate" },
  );
  return { sessionId };
}

export function getSession(ctx: DbContext, sessionId: string): SessionView {
  authorize(ctx, CLINICAL_ROLES, "sessions.read");
  return ctx.db.transaction(
    (tx) => {
      const row = findOwnSession(tx, ctx, sessionId);
      const client = findVisibleClient(tx, ctx, row.clientId);
      const clinician = tx
        .select({ name: users.name, credentials: users.credentials, supervisorId: users.supervisorId })
        .from(users)
        .where(eq(users.id, row.clinicianId))
        .get();
      const lines = row.dateOfService
        ? tx
            .select()
            .from(billingLines)
            .where(and(eq(billingLines.clinicianId, row.clinicianId), eq(billingLines.clientId, row.clientId), eq(billingLines.dateOfService, row.dateOfService)))
            .all()
        : [];
      const notes = tx
        .select({ id: addenda.id, authorName: users.name, reason: addenda.reason, text: addenda.text, createdAt: addenda.createdAt })
        .from(addenda)
        .innerJoin(users, eq(users.id, addenda.authorId))
        .where(eq(addenda.sessionId, row.id))
        .orderBy(addenda.createdAt)
        .all();
      appendAudit(tx, ctx, { action: "note.viewed", entityType: "crisis_session", entityId: row.id });
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
        client,
        clinician: { name: clinician?.name ?? "", credentials: clinician?.credentials ?? null, supervised: Boolean(clinician?.supervisorId) },
        segments: segmentsOf(tx, row.id),
        signedAt: row.signedAt,
        guidance: row.guidanceSnapshot ? (JSON.parse(row.guidanceSnapshot) as GuidancePanel) : null,
        // Lines exist for the day once any of its notes is signed; a draft shows none.
        billingLines: row.status === "draft" ? [] : lines.map(toLineView),
        addenda: notes,
        timeZone: readPracticeSettings(tx)?.timeZone ?? "UTC",
      };
    },
    { behavior: "immediate" },
  );
}

export const toLineView = (line: typeof billingLines.$inferSelect): BillingLineView => ({
  code: line.code,
  units: line.units,
  modifiers: line.modifiers ? line.modifiers.split(",") : [],
  placeOfService: line.placeOfService,
  dayMinutes: line.dayMinutes,
});

export type SessionListItem = { id: string; clientName: string; dateOfService: string | null; status: NoteStatus; createdAt: string };
export type SessionFilters = { clientId?: string; from?: string; to?: string; status?: NoteStatus; page: number };
export const SESSIONS_PAGE_SIZE = 25;

/** The acting clinician's notes, filtered and paginated in SQL. */
export function listMySessions(ctx: DbContext, filters: SessionFilters): { items: SessionListItem[]; total: number } {
  authorize(ctx, CLINICAL_ROLES, "sessions.list");
  const where = and(
    eq(crisisSessions.clinicianId, ctx.actor.id),
    filters.clientId ? eq(crisisSessions.clientId, filters.clientId) : undefined,
    filters.status ? eq(crisisSessions.status, filters.status) : undefined,
    filters.from ? gte(crisisSessions.dateOfService, filters.from) : undefined,
    filters.to ? lte(crisisSessions.dateOfService, filters.to) : undefined,
  );
  const items = ctx.db
    .select({ id: crisisSessions.id, clientName: clients.name, dateOfService: crisisSessions.dateOfService, status: crisisSessions.status, createdAt: crisisSessions.createdAt })
    .from(crisisSessions)
    .innerJoin(clients, eq(clients.id, crisisSessions.clientId))
    .where(where)
    .orderBy(desc(crisisSessions.createdAt))
    .limit(SESSIONS_PAGE_SIZE)
    .offset((Math.max(1, filters.page) - 1) * SESSIONS_PAGE_SIZE)
    .all();
  const total = ctx.db.select({ n: count() }).from(crisisSessions).where(where).get()?.n ?? 0;
  return { items, total };
}

export type Dashboard = {
  running: { sessionId: string; clientName: string; startedAt: string } | null;
  drafts: SessionListItem[];
  returned: SessionListItem[];
  signedThisWeek: (SessionListItem & { lines: BillingLineView[] })[];
};

export function getDashboard(ctx: DbContext, weekStart: string): Dashboard {
  authorize(ctx, CLINICAL_ROLES, "sessions.dashboard");
  const running = ctx.db
    .select({ sessionId: sessionSegments.sessionId, clientName: clients.name, startedAt: sessionSegments.startedAt })
    .from(sessionSegments)
    .innerJoin(crisisSessions, eq(crisisSessions.id, sessionSegments.sessionId))
    .innerJoin(clients, eq(clients.id, crisisSessions.clientId))
    .where(and(eq(sessionSegments.clinicianId, ctx.actor.id), isNull(sessionSegments.endedAt)))
    .get();
  const byStatus = (statuses: NoteStatus[], signedSince?: string) =>
    ctx.db
      .select({ id: crisisSessions.id, clientName: clients.name, dateOfService: crisisSessions.dateOfService, status: crisisSessions.status, createdAt: crisisSessions.createdAt, clientId: crisisSessions.clientId })
      .from(crisisSessions)
      .innerJoin(clients, eq(clients.id, crisisSessions.clientId))
      .where(
        and(
          eq(crisisSessions.clinicianId, ctx.actor.id),
          inArray(crisisSessions.status, statuses),
          signedSince ? gte(crisisSessions.dateOfService, signedSince) : undefined,
        ),
      )
      .orderBy(desc(crisisSessions.createdAt))
      // A week of one clinician's crisis notes fits; drafts and returned notes past this are in /sessions.
      .limit(200)
      .all();
  const signed = byStatus(["pending_review", "final"], weekStart);
  return {
    running: running ?? null,
    drafts: byStatus(["draft"]),
    returned: byStatus(["returned"]),
    signedThisWeek: signed.map((s) => ({
      ...s,
      lines: ctx.db
        .select()
        .from(billingLines)
        .where(and(eq(billingLines.clinicianId, ctx.actor.id), eq(billingLines.clientId, s.clientId), eq(billingLines.dateOfService, s.dateOfService ?? "")))
        .all()
        .map(toLineView),
    })),
  };
}
