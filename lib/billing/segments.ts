import { BillingInputError, describeSegment } from "./errors";
import type { SegmentRef } from "./errors";
import { parseInstant } from "./instants";
import type { MidnightPolicy } from "./payer";
import type { ServiceDay } from "./service-day";
import type { SegmentInput } from "./types";

/** A validated segment as half-open epoch-millisecond interval [startMs, endMs). */
export type ResolvedSegment = { ref: SegmentRef; startMs: number; endMs: number };

/** Segments of one note, with the note's id when several notes are summed. */
export type NoteSegments = { noteId?: string; segments: readonly SegmentInput[] };

function readInstant(value: unknown, ref: SegmentRef, which: "start" | "end"): number {
  const parsed = parseInstant(value);
  if (parsed.ok) return parsed.epochMs;
  const who = describeSegment(ref);
  if (parsed.problem === "missing_offset") {
    throw new BillingInputError(
      "MISSING_OFFSET",
      `${who} ${which} time "${String(value)}" has no time zone offset; use a full timestamp such as 2026-03-09T14:05:00-05:00.`,
      [ref],
    );
  }
  throw new BillingInputError(
    "INVALID_INSTANT",
    `${who} ${which} time "${String(value)}" is not a valid date and time.`,
    [ref],
  );
}

function resolveOne(segment: SegmentInput, ref: SegmentRef, nowMs: number | undefined): ResolvedSegment {
  const who = describeSegment(ref);
  const startMs = readInstant(segment.start, ref, "start");
  // BILLING-RULES §7: a running segment (no end yet) is measured up to `now`.
  if (segment.end === null || segment.end === undefined) {
    if (nowMs === undefined) {
      throw new BillingInputError(
        "RUNNING_WITHOUT_NOW",
        `${who} is still running, but the current time was not provided.`,
        [ref],
      );
    }
    if (nowMs < startMs) {
      throw new BillingInputError(
        "NOW_BEFORE_START",
        `${who} is still running but starts after the current time.`,
        [ref],
      );
    }
    return { ref, startMs, endMs: nowMs };
  }
  const endMs = readInstant(segment.end, ref, "end");
  // BILLING-RULES §1: `end` must be after `start`; a zero-length finished segment is a typo.
  if (endMs <= startMs) {
    const why = endMs === startMs ? "ends at the same moment it starts" : "ends before it starts";
    throw new BillingInputError("END_NOT_AFTER_START", `${who} ${why}.`, [ref]);
  }
  return { ref, startMs, endMs };
}

/** Parses and checks every segment of every note, in input order. */
export function resolveSegments(
  notes: readonly NoteSegments[],
  nowMs: number | undefined,
): ResolvedSegment[] {
  const resolved: ResolvedSegment[] = [];
  for (const note of notes) {
    note.segments.forEach((segment, i) => {
      const ref: SegmentRef =
        note.noteId === undefined ? { segment: i + 1 } : { segment: i + 1, noteId: note.noteId };
      resolved.push(resolveOne(segment, ref, nowMs));
    });
  }
  return resolved;
}

/** Milliseconds of the segment that fall inside the service day. */
function overlapWithDay(segment: ResolvedSegment, day: ServiceDay): number {
  return Math.max(0, Math.min(segment.endMs, day.endMs) - Math.max(segment.startMs, day.startMs));
}

/**
 * `countedMs` is billed, `totalMs` is all the time documented, and `countedAfterDayMs` is the part
 * of `countedMs` that lies after the date of service ended (only under `start_date`).
 */
export type ClippedTime = { countedMs: number; totalMs: number; countedAfterDayMs: number };

function startsOnDay(segment: ResolvedSegment, day: ServiceDay): boolean {
  return segment.startMs >= day.startMs && segment.startMs < day.endMs;
}

/**
 * BILLING-RULES §1: only time on the date of service counts; the rest is reported, not billed.
 * Under the `start_date` midnight policy (§8) a segment that began on the date of service is
 * continuous time billed on that date, so it counts in full, even past midnight; a segment that
 * began on another date belongs to that date and counts for nothing here.
 */
export function clipToServiceDay(
  segments: readonly ResolvedSegment[],
  day: ServiceDay,
  midnight: MidnightPolicy = "split",
): ClippedTime {
  let countedMs = 0;
  let totalMs = 0;
  let countedAfterDayMs = 0;
  for (const segment of segments) {
    const lengthMs = segment.endMs - segment.startMs;
    totalMs += lengthMs;
    if (midnight === "split") {
      countedMs += overlapWithDay(segment, day);
    } else if (startsOnDay(segment, day)) {
      countedMs += lengthMs;
      countedAfterDayMs += Math.max(0, segment.endMs - day.endMs);
    }
  }
  return { countedMs, totalMs, countedAfterDayMs };
}
