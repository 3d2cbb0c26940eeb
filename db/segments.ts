import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { BillingInputError, computeCrisisBilling } from "@/lib/billing";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { assertNoteEditable } from "@/lib/notes/lifecycle";
import { LocalTimeError, localDateOf, localToInstant } from "@/lib/time/local";
import { type Tx, appendAudit } from "./audit";
import { authorize } from "./authorize";
import type { ActorContext, DbContext } from "./context";
import { readPracticeSettings } from "./practice";
import { crisisSessions, sessionSegments } from "./schema";
import { findOwnSession, segmentsOf } from "./session-access";

const segmentError = (message: string) => new AppError("VALIDATION", message, { segments: [message] });

function practiceZone(tx: Tx): string {
  return readPracticeSettings(tx)?.timeZone ?? "UTC";
}

/**
 * Checks the session's segments as they would be after a change, with the billing engine's own
 * rules (overlap, end after start), and keeps the date of service in step with the first start.
 */
function validateAndDate(tx: Tx, sessionId: string, segments: { start: string; end: string | null }[], now: string): void {
  const timeZone = practiceZone(tx);
  try {
    computeCrisisBilling({ segments, timeZone, now });
  } catch (error) {
    if (error instanceof BillingInputError) throw segmentError(error.message);
    throw error;
  }
  if (segments.some((s) => s.start > now || (s.end !== null && s.end > now))) {
    throw segmentError("Times cannot be in the future.");
  }
  const first = segments.map((s) => s.start).sort()[0];
  tx.update(crisisSessions)
    .set({ dateOfService: first ? localDateOf(first, timeZone) : null, updatedAt: now })
    .where(eq(crisisSessions.id, sessionId))
    .run();
}

/** Starts the timer: a new open segment. One running timer per clinician, across all sessions. */
export function openSegment(tx: Tx, ctx: ActorContext, sessionId: string, now: string): void {
  const running = tx
    .select({ sessionId: sessionSegments.sessionId })
    .from(sessionSegments)
    .where(and(eq(sessionSegments.clinicianId, ctx.actor.id), isNull(sessionSegments.endedAt)))
    .get();
  if (running) {
    throw new AppError(
      "CONFLICT",
      running.sessionId === sessionId ? "The timer is already running." : "You have a timer running in another crisis session. Pause it there first.",
    );
  }
  const segments = segmentsOf(tx, sessionId);
  validateAndDate(tx, sessionId, [...segments, { start: now, end: null }], now);
  tx.insert(sessionSegments).values({ id: randomUUID(), sessionId, clinicianId: ctx.actor.id, startedAt: now, endedAt: null, createdAt: now }).run();
  appendAudit(tx, ctx, { action: "segment.started", entityType: "crisis_session", entityId: sessionId });
}

function editableSession(tx: Tx, ctx: ActorContext, sessionId: string) {
  const row = findOwnSession(tx, ctx, sessionId);
  assertNoteEditable(row.status);
  return row;
}

export function startTimer(ctx: DbContext, sessionId: string): void {
  authorize(ctx, CLINICAL_ROLES, "segments.start");
  ctx.db.transaction(
    (tx) => {
      editableSession(tx, ctx, sessionId);
      openSegment(tx, ctx, sessionId, new Date().toISOString());
    },
    { behavior: "immediate" },
  );
}

/** Pause and Stop both close the running segment on the server, so no time is lost on reload. */
export function stopTimer(ctx: DbContext, sessionId: string): void {
  authorize(ctx, CLINICAL_ROLES, "segments.stop");
  ctx.db.transaction(
    (tx) => {
      editableSession(tx, ctx, sessionId);
      const running = tx
        .select()
        .from(sessionSegments)
        .where(and(eq(sessionSegments.sessionId, sessionId), isNull(sessionSegments.endedAt)))
        .get();
      if (!running) throw new AppError("CONFLICT", "The timer is not running.");
      const now = new Date().toISOString();
      if (now <= running.startedAt) {
        // Stopped within the same millisecond: no time was spent, keep no empty segment.
        tx.delete(sessionSegments).where(eq(sessionSegments.id, running.id)).run();
      } else {
        tx.update(sessionSegments).set({ endedAt: now }).where(eq(sessionSegments.id, running.id)).run();
      }
      appendAudit(tx, ctx, { action: "segment.stopped", entityType: "crisis_session", entityId: sessionId });
    },
    { behavior: "immediate" },
  );
}

function toInstants(tx: Tx, start: string, end: string): { start: string; end: string } {
  const timeZone = practiceZone(tx);
  try {
    return { start: localToInstant(start, timeZone), end: localToInstant(end, timeZone) };
  } catch (error) {
    if (error instanceof LocalTimeError) throw segmentError(error.message);
    throw error;
  }
}

type SegmentChange = { sessionId: string; start: string; end: string };

export function addSegment(ctx: DbContext, input: SegmentChange): void {
  authorize(ctx, CLINICAL_ROLES, "segments.add");
  ctx.db.transaction(
    (tx) => {
      editableSession(tx, ctx, input.sessionId);
      const segment = toInstants(tx, input.start, input.end);
      const now = new Date().toISOString();
      validateAndDate(tx, input.sessionId, [...segmentsOf(tx, input.sessionId), segment], now);
      tx.insert(sessionSegments)
        .values({ id: randomUUID(), sessionId: input.sessionId, clinicianId: ctx.actor.id, startedAt: segment.start, endedAt: segment.end, createdAt: now })
        .run();
      appendAudit(tx, ctx, { action: "segment.added", entityType: "crisis_session", entityId: input.sessionId });
    },
    { behavior: "immediate" },
  );
}

export function updateSegment(ctx: DbContext, input: SegmentChange & { segmentId: string }): void {
  authorize(ctx, CLINICAL_ROLES, "segments.update");
  ctx.db.transaction(
    (tx) => {
      editableSession(tx, ctx, input.sessionId);
      const segments = segmentsOf(tx, input.sessionId);
      const current = segments.find((s) => s.id === input.segmentId);
      if (!current) throw new AppError("NOT_FOUND", "That time segment no longer exists. Reload the page.");
      if (current.end === null) throw segmentError("Pause the timer before editing the running segment.");
      const segment = toInstants(tx, input.start, input.end);
      const now = new Date().toISOString();
      validateAndDate(tx, input.sessionId, segments.map((s) => (s.id === input.segmentId ? segment : s)), now);
      tx.update(sessionSegments).set({ startedAt: segment.start, endedAt: segment.end }).where(eq(sessionSegments.id, input.segmentId)).run();
      appendAudit(tx, ctx, { action: "segment.changed", entityType: "crisis_session", entityId: input.sessionId });
    },
    { behavior: "immediate" },
  );
}

export function deleteSegment(ctx: DbContext, input: { sessionId: string; segmentId: string }): void {
  authorize(ctx, CLINICAL_ROLES, "segments.delete");
  ctx.db.transaction(
    (tx) => {
      editableSession(tx, ctx, input.sessionId);
      const segments = segmentsOf(tx, input.sessionId);
      if (!segments.some((s) => s.id === input.segmentId)) throw new AppError("NOT_FOUND", "That time segment no longer exists. Reload the page.");
      validateAndDate(tx, input.sessionId, segments.filter((s) => s.id !== input.segmentId), new Date().toISOString());
      tx.delete(sessionSegments).where(eq(sessionSegments.id, input.segmentId)).run();
      appendAudit(tx, ctx, { action: "segment.deleted", entityType: "crisis_session", entityId: input.sessionId });
    },
    { behavior: "immediate" },
  );
}
