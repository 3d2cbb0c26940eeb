import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { tryComputeCrisisBilling } from "@/lib/billing";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { assertNoteEditable } from "@/lib/notes/lifecycle";
import { LocalTimeError, localDateOf, localToInstant } from "@/lib/time/local";
import type { Tx } from "./client";
import type { Actor, DbContext } from "./context";
import { type Work, operation } from "./operation";
import { practiceTimeZone } from "./practice";
import { crisisSessions, sessionSegments } from "./tables";
import { type SegmentView, findOwnSession, segmentsOf } from "./session-access";

const segmentError = (message: string) => new AppError("VALIDATION", message, { segments: [message] });

type Span = { start: string; end: string | null };

/**
 * Checks the session's segments as they would be after a change, with the billing engine's own
 * rules (overlap, end after start), and keeps the date of service in step with the first start.
 */
async function validateAndDate(tx: Tx, sessionId: string, segments: Span[], now: string): Promise<void> {
  const timeZone = await practiceTimeZone(tx);
  const attempt = tryComputeCrisisBilling({ segments, timeZone, now });
  if (!attempt.ok) throw segmentError(attempt.error.message);
  if (segments.some((s) => s.start > now || (s.end !== null && s.end > now))) {
    throw segmentError("Times cannot be in the future.");
  }
  const first = segments.map((s) => s.start).sort()[0];
  await tx
    .update(crisisSessions)
    .set({ dateOfService: first ? localDateOf(first, timeZone) : null, updatedAt: now })
    .where(eq(crisisSessions.id, sessionId));
}

/** Starts the timer: a new open segment. One running timer per clinician, across all sessions. */
export async function openSegment(work: Work, sessionId: string, now: string): Promise<void> {
  const { tx, actor } = work;
  const [running] = await tx
    .select({ sessionId: sessionSegments.sessionId })
    .from(sessionSegments)
    .where(and(eq(sessionSegments.clinicianId, actor.id), isNull(sessionSegments.endedAt)));
  if (running) {
    throw new AppError(
      "CONFLICT",
      running.sessionId === sessionId ? "The timer is already running." : "You have a timer running in another crisis session. Pause it there first.",
    );
  }
  const segments = await segmentsOf(tx, sessionId);
  await validateAndDate(tx, sessionId, [...segments, { start: now, end: null }], now);
  await tx.insert(sessionSegments).values({ id: randomUUID(), sessionId, clinicianId: actor.id, startedAt: now, endedAt: null, createdAt: now });
  await work.audit({ action: "segment.started", entityType: "crisis_session", entityId: sessionId, detail: { start: now } });
}

async function editableSession(tx: Tx, actor: Actor, sessionId: string) {
  const row = await findOwnSession(tx, actor, sessionId);
  assertNoteEditable(row.status);
  return row;
}

export async function startTimer(ctx: DbContext, sessionId: string): Promise<void> {
  await operation(ctx, { name: "segments.start", roles: CLINICAL_ROLES }, async (work) => {
    await editableSession(work.tx, work.actor, sessionId);
    await openSegment(work, sessionId, new Date().toISOString());
  });
}

/** Pause and Stop both close the running segment on the server, so no time is lost on reload. */
export async function stopTimer(ctx: DbContext, sessionId: string): Promise<void> {
  await operation(ctx, { name: "segments.stop", roles: CLINICAL_ROLES }, async (work) => {
    const { tx, actor } = work;
    await editableSession(tx, actor, sessionId);
    const [running] = await tx
      .select()
      .from(sessionSegments)
      .where(and(eq(sessionSegments.sessionId, sessionId), isNull(sessionSegments.endedAt)));
    if (!running) throw new AppError("CONFLICT", "The timer is not running.");
    const now = new Date().toISOString();
    if (now <= running.startedAt) {
      // Stopped within the same millisecond: no time was spent, keep no empty segment.
      await tx.delete(sessionSegments).where(eq(sessionSegments.id, running.id));
    } else {
      await tx.update(sessionSegments).set({ endedAt: now }).where(eq(sessionSegments.id, running.id));
    }
    await work.audit({ action: "segment.stopped", entityType: "crisis_session", entityId: sessionId, detail: { start: running.startedAt, end: now } });
  });
}

async function toInstants(tx: Tx, start: string, end: string): Promise<{ start: string; end: string }> {
  const timeZone = await practiceTimeZone(tx);
  try {
    return { start: localToInstant(start, timeZone), end: localToInstant(end, timeZone) };
  } catch (error) {
    if (error instanceof LocalTimeError) throw segmentError(error.message);
    throw error;
  }
}

type SegmentChange = { sessionId: string; start: string; end: string };

export async function addSegment(ctx: DbContext, input: SegmentChange): Promise<void> {
  await operation(ctx, { name: "segments.add", roles: CLINICAL_ROLES }, async (work) => {
    const { tx, actor } = work;
    await editableSession(tx, actor, input.sessionId);
    const segment = await toInstants(tx, input.start, input.end);
    const now = new Date().toISOString();
    await validateAndDate(tx, input.sessionId, [...(await segmentsOf(tx, input.sessionId)), segment], now);
    await tx.insert(sessionSegments).values({ id: randomUUID(), sessionId: input.sessionId, clinicianId: actor.id, startedAt: segment.start, endedAt: segment.end, createdAt: now });
    await work.audit({ action: "segment.added", entityType: "crisis_session", entityId: input.sessionId, detail: { start: segment.start, end: segment.end } });
  });
}

async function existingSegment(tx: Tx, sessionId: string, segmentId: string): Promise<{ segments: SegmentView[]; current: SegmentView }> {
  const segments = await segmentsOf(tx, sessionId);
  const current = segments.find((s) => s.id === segmentId);
  if (!current) throw new AppError("NOT_FOUND", "That time segment no longer exists. Reload the page.");
  return { segments, current };
}

/** A changed segment is audited with its old and new times, so the record shows what was corrected. */
export async function updateSegment(ctx: DbContext, input: SegmentChange & { segmentId: string }): Promise<void> {
  await operation(ctx, { name: "segments.update", roles: CLINICAL_ROLES }, async (work) => {
    const { tx, actor } = work;
    await editableSession(tx, actor, input.sessionId);
    const { segments, current } = await existingSegment(tx, input.sessionId, input.segmentId);
    if (current.end === null) throw segmentError("Pause the timer before editing the running segment.");
    const segment = await toInstants(tx, input.start, input.end);
    const now = new Date().toISOString();
    await validateAndDate(tx, input.sessionId, segments.map((s) => (s.id === input.segmentId ? segment : s)), now);
    await tx.update(sessionSegments).set({ startedAt: segment.start, endedAt: segment.end }).where(eq(sessionSegments.id, input.segmentId));
    await work.audit({
      action: "segment.changed",
      entityType: "crisis_session",
      entityId: input.sessionId,
      detail: { segmentId: input.segmentId, oldStart: current.start, oldEnd: current.end, newStart: segment.start, newEnd: segment.end },
    });
  });
}

export async function deleteSegment(ctx: DbContext, input: { sessionId: string; segmentId: string }): Promise<void> {
  await operation(ctx, { name: "segments.delete", roles: CLINICAL_ROLES }, async (work) => {
    const { tx, actor } = work;
    await editableSession(tx, actor, input.sessionId);
    const { segments, current } = await existingSegment(tx, input.sessionId, input.segmentId);
    await validateAndDate(tx, input.sessionId, segments.filter((s) => s.id !== input.segmentId), new Date().toISOString());
    await tx.delete(sessionSegments).where(eq(sessionSegments.id, input.segmentId));
    await work.audit({
      action: "segment.deleted",
      entityType: "crisis_session",
      entityId: input.sessionId,
      detail: { segmentId: input.segmentId, oldStart: current.start, oldEnd: current.end },
    });
  });
}
