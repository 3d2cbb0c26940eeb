import "server-only";
import { and, asc, count, eq, inArray, isNull, ne } from "drizzle-orm";
import { tryComputeCrisisBilling } from "@/lib/billing";
import { AppError } from "@/lib/errors";
import { type ReviewDecision, assertReviewMove, isAwaitingReview, isHighRiskNote, reviewAge, statusAfterReview } from "@/lib/notes/review";
import type { NoteStatus } from "@/lib/notes/status";
import type { Tx } from "./client";
import type { Actor, DbContext } from "./context";
import { rebillDay } from "./notes";
import { OutOfScopeError, operation } from "./operation";
import { practiceTimeZone, settingsIn } from "./practice";
import { billingLines, clients, crisisSessions, noteReviews, reviewQueue, sessionSegments, users } from "./tables";
import { notesForReview, reviewQueueFor } from "./scopes";
import { parseNote } from "./session-access";
import { type BillingLineView, type SessionView, sessionViewOf, toLineView } from "./sessions";

const SUPERVISORS = ["supervisor"] as const;

export type ReviewQueueItem = {
  id: string;
  clinicianId: string;
  clinicianName: string;
  clientName: string;
  dateOfService: string | null;
  status: NoteStatus;
  minutes: number | null;
  lines: BillingLineView[];
  isHighRisk: boolean;
  submittedAt: string;
  ageDays: number;
  isOverdue: boolean;
};

export type ReviewQueue = { items: ReviewQueueItem[]; supervisees: { id: string; name: string }[]; dueDays: number };

/** The number on the "Notes to review" badge. A count, not PHI: not audited. */
export async function countReviewQueue(ctx: DbContext): Promise<number> {
  return operation(ctx, { name: "reviews.count", roles: SUPERVISORS, mode: "read" }, async ({ tx, actor }) => {
    // The queue's own index (review_queue_clinician_idx): no note or thread is read.
    const [row] = await tx.select({ n: count() }).from(reviewQueue).where(reviewQueueFor(actor));
    return row?.n ?? 0;
  });
}

const QUEUE_LIMIT = 200;

/**
 * A supervisor's queue: their current supervisees' notes waiting for review, oldest first, with
 * what a reviewer triages by (minutes, lines, high risk, age, overdue). Audited as a list.
 */
export async function listReviewQueue(ctx: DbContext, filters: { superviseeId?: string } = {}): Promise<ReviewQueue> {
  return operation(ctx, { name: "reviews.list", roles: SUPERVISORS }, async (work) => {
    const { tx, actor } = work;
    // The oldest waits first, from the queue's index; only those notes are then read.
    const waiting = tx
      .select({ sessionId: reviewQueue.sessionId })
      .from(reviewQueue)
      .where(and(reviewQueueFor(actor), filters.superviseeId ? eq(reviewQueue.clinicianId, filters.superviseeId) : undefined))
      .orderBy(asc(reviewQueue.submittedAt), asc(reviewQueue.sessionId))
      .limit(QUEUE_LIMIT);
    const rows = await tx
      .select({
        id: crisisSessions.id,
        clinicianId: crisisSessions.clinicianId,
        clinicianName: users.name,
        clientId: crisisSessions.clientId,
        clientName: clients.name,
        dateOfService: crisisSessions.dateOfService,
        status: crisisSessions.status,
        note: crisisSessions.note,
        submittedAt: reviewQueue.submittedAt,
      })
      .from(reviewQueue)
      .innerJoin(crisisSessions, eq(crisisSessions.id, reviewQueue.sessionId))
      .innerJoin(users, eq(users.id, crisisSessions.clinicianId))
      .innerJoin(clients, eq(clients.id, crisisSessions.clientId))
      .where(and(inArray(reviewQueue.sessionId, waiting), notesForReview(actor)))
      .orderBy(asc(reviewQueue.submittedAt), asc(reviewQueue.sessionId));
    const ids = rows.map((r) => r.id);
    const segments = ids.length
      ? await tx.select({ sessionId: sessionSegments.sessionId, start: sessionSegments.startedAt, end: sessionSegments.endedAt }).from(sessionSegments).where(inArray(sessionSegments.sessionId, ids))
      : [];
    const lines = ids.length
      ? await tx
          .select()
          .from(billingLines)
          .where(
            and(
              inArray(billingLines.clinicianId, [...new Set(rows.map((r) => r.clinicianId))]),
              inArray(billingLines.clientId, [...new Set(rows.map((r) => r.clientId))]),
              inArray(billingLines.dateOfService, [...new Set(rows.flatMap((r) => (r.dateOfService ? [r.dateOfService] : [])))]),
            ),
          )
      : [];
    const supervisees = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.supervisorId, actor.id)).orderBy(asc(users.name));
    const settings = await settingsIn(tx);
    const dueDays = settings?.reviewDueDays ?? 3;
    const timeZone = settings?.timeZone ?? "UTC";
    const now = new Date();
    const items = rows.map((row): ReviewQueueItem => {
      const attempt = tryComputeCrisisBilling({ segments: segments.filter((s) => s.sessionId === row.id), timeZone, now: now.toISOString() });
      const age = reviewAge(row.submittedAt, now, dueDays);
      return {
        id: row.id,
        clinicianId: row.clinicianId,
        clinicianName: row.clinicianName,
        clientName: row.clientName,
        dateOfService: row.dateOfService,
        status: row.status,
        minutes: attempt.ok ? attempt.result.totalMinutes : null,
        lines: lines.filter((l) => l.clientId === row.clientId && l.clinicianId === row.clinicianId && l.dateOfService === row.dateOfService).map(toLineView),
        isHighRisk: isHighRiskNote(parseNote(row)),
        submittedAt: row.submittedAt,
        ageDays: age.days,
        isOverdue: age.isOverdue,
      };
    });
    await work.auditView({ action: "reviews.listed", entityType: "review_queue", detail: { superviseeId: filters.superviseeId ?? null, shown: items.length } });
    return { items, supervisees, dueDays };
  });
}

async function findNoteForReview(tx: Tx, actor: Actor, sessionId: string) {
  const [row] = await tx
    .select()
    .from(crisisSessions)
    .where(and(eq(crisisSessions.id, sessionId), notesForReview(actor), ne(crisisSessions.clinicianId, actor.id)));
  if (!row) throw new OutOfScopeError("crisis_session", sessionId, "That note does not exist or is not one of your supervisees' signed notes.");
  return row;
}

/** The review page: the whole signed note, read-only, with its thread. Audited as "review opened". */
export type NoteForReview = SessionView & { clinicianId: string; reviewer: { name: string; credentials: string | null } };

export async function getNoteForReview(ctx: DbContext, sessionId: string): Promise<NoteForReview> {
  return operation(ctx, { name: "reviews.read", roles: SUPERVISORS }, async (work) => {
    const row = await findNoteForReview(work.tx, work.actor, sessionId);
    const view = await sessionViewOf(work.tx, row);
    const [reviewer] = await work.tx.select({ name: users.name, credentials: users.credentials }).from(users).where(eq(users.id, work.actor.id));
    await work.auditView({ action: "review.opened", entityType: "crisis_session", entityId: row.id });
    return { ...view, clinicianId: row.clinicianId, reviewer: reviewer ?? { name: work.actor.name, credentials: null } };
  });
}

const AUDIT_ACTION = { approve: "review.approved", return: "review.returned", comment: "review.commented" } as const;
const EVENT_KIND = { approve: "approved", return: "returned", comment: "commented" } as const;

/**
 * A supervisor's decision on a note waiting for them: approve (co-sign, → final), return with a
 * comment (→ returned, its day rebilled without it), or, in "review after signing" mode, comment.
 * The version guards a race: of an approve and a return sent together, one wins and the other
 * gets a conflict.
 */
export async function reviewNote(ctx: DbContext, input: { sessionId: string; version: number; decision: ReviewDecision; comment: string }): Promise<{ status: NoteStatus }> {
  return operation(ctx, { name: `reviews.${input.decision}`, roles: SUPERVISORS }, async (work) => {
    const { tx, actor } = work;
    const row = await findNoteForReview(tx, actor, input.sessionId);
    const thread = await tx.select({ kind: noteReviews.kind }).from(noteReviews).where(eq(noteReviews.sessionId, row.id)).orderBy(asc(noteReviews.seq));
    assertReviewMove({ status: row.status, awaitingReview: isAwaitingReview(thread.at(-1)?.kind ?? null) }, input.decision);
    if (row.version !== input.version) {
      throw new AppError("CONFLICT", "This note changed since you opened it (another review was recorded). Reload to see where it stands.");
    }
    const comment = input.comment.trim();
    if (input.decision !== "approve" && comment === "") {
      throw new AppError("VALIDATION", "Write a comment for the clinician.", { comment: ["Write a comment for the clinician."] });
    }
    const [reviewer] = await tx.select({ name: users.name, credentials: users.credentials }).from(users).where(eq(users.id, actor.id));
    if (input.decision === "approve" && !reviewer?.credentials) {
      throw new AppError("CONFLICT", "You cannot co-sign without credentials on your account (for example LCSW). Ask a practice admin to add them.");
    }
    const now = new Date().toISOString();
    const status = statusAfterReview(input.decision, row.status);
    if (status !== row.status) {
      const updated = await tx
        .update(crisisSessions)
        .set({
          status,
          version: row.version + 1,
          updatedAt: now,
          ...(input.decision === "approve" ? { cosignerId: actor.id, cosignerName: reviewer?.name ?? actor.name, cosignerCredentials: reviewer?.credentials ?? null, cosignedAt: now } : {}),
        })
        .where(and(eq(crisisSessions.id, row.id), eq(crisisSessions.version, row.version), isNull(crisisSessions.cosignedAt)))
        .returning({ id: crisisSessions.id });
      if (updated.length === 0) throw new AppError("CONFLICT", "This note changed since you opened it. Reload to see where it stands.");
    }
    await tx.insert(noteReviews).values({ sessionId: row.id, authorId: actor.id, authorName: reviewer?.name ?? actor.name, authorCredentials: reviewer?.credentials ?? null, kind: EVENT_KIND[input.decision], comment, createdAt: now });
    // The decision is now the thread's latest event: the note no longer waits.
    await tx.delete(reviewQueue).where(eq(reviewQueue.sessionId, row.id));
    if (input.decision === "return" && row.dateOfService) {
      // The returned note's time leaves the day's lines until it is signed again.
      await rebillDay(tx, { day: { clinicianId: row.clinicianId, clientId: row.clientId, dateOfService: row.dateOfService }, timeZone: await practiceTimeZone(tx) });
    }
    await work.audit({ action: AUDIT_ACTION[input.decision], entityType: "crisis_session", entityId: row.id, detail: { status, hasComment: comment !== "" } });
    return { status };
  });
}
