import type { IANAZone } from "luxon";

import { CPT_SAME_DAY_RULES, sameDayConflict } from "./conflicts";
import { BillingInputError } from "./errors";
import { parseInstant } from "./instants";
import { assertNoOverlap } from "./overlap";
import { placeAndModifiers } from "./place-of-service";
import { clipToServiceDay, resolveSegments } from "./segments";
import type { NoteSegments, ResolvedSegment } from "./segments";
import { localDateOf, requireTimeZone, serviceDay } from "./service-day";
import type { ServiceDay } from "./service-day";
import { codesForMinutes, nextThresholdFor, thresholdFor } from "./thresholds";
import type { BillingOptions, BillingResult, BillingWarning } from "./types";
import {
  crossesMidnightWarning,
  sameDayConflictWarning,
  scheduledVisitWarning,
  timeTableWarning,
} from "./warnings";

const MS_PER_MINUTE = 60_000;

function readNow(now: unknown): number | undefined {
  if (now === undefined) return undefined;
  const parsed = parseInstant(now);
  if (parsed.ok) return parsed.epochMs;
  throw new BillingInputError(
    "INVALID_NOW",
    `The current time ${JSON.stringify(now)} is not a valid date and time with a time zone offset.`,
  );
}

/** BILLING-RULES §1: the date of service defaults to the local date of the earliest start. */
function resolveServiceDay(
  given: string | undefined,
  segments: readonly ResolvedSegment[],
  zone: IANAZone,
): ServiceDay | null {
  if (given !== undefined) return serviceDay(given, zone);
  if (segments.length === 0) return null;
  const earliest = segments.reduce((min, s) => Math.min(min, s.startMs), Infinity);
  return serviceDay(localDateOf(earliest, zone), zone);
}

/**
 * The one implementation behind `computeCrisisBilling` (one note) and `summarizeDay` (all notes
 * of a day): BILLING-RULES §1 sums all of a day's time before §2 assigns codes, so the two
 * entry points only differ in how many notes they pass in.
 */
export function billDay(notes: readonly NoteSegments[], options: BillingOptions): BillingResult {
  const zone = requireTimeZone(options.timeZone);
  const nowMs = readNow(options.now);
  const { placeOfService, modifiers } = placeAndModifiers(options);
  const segments = resolveSegments(notes, nowMs);
  assertNoOverlap(segments);
  const day = resolveServiceDay(options.dateOfService, segments, zone);
  const { countedMs, totalMs } = day ? clipToServiceDay(segments, day) : { countedMs: 0, totalMs: 0 };

  // BILLING-RULES §1: whole minutes of the summed time, seconds never rounded up.
  const totalMinutes = Math.floor(countedMs / MS_PER_MINUTE);
  const lines = codesForMinutes(totalMinutes).map((line) => ({
    ...line,
    modifiers: [...modifiers],
    placeOfService,
  }));
  const upcoming = nextThresholdFor(totalMinutes);

  const warnings: BillingWarning[] = [];
  const rowWarning = thresholdFor(totalMinutes).warning;
  if (rowWarning) warnings.push(timeTableWarning(rowWarning, totalMinutes, upcoming?.atMinutes));
  if (day && totalMs > countedMs) {
    const leftOut = Math.floor(totalMs / MS_PER_MINUTE) - totalMinutes;
    warnings.push(crossesMidnightWarning(leftOut, day.date, zone.name));
  }
  const conflict = sameDayConflict(
    lines.map((line) => line.code),
    options.sameDayCodes,
    CPT_SAME_DAY_RULES,
  );
  if (conflict) warnings.push(sameDayConflictWarning(conflict.codes, conflict.against));
  if (options.scheduledVisit === true) warnings.push(scheduledVisitWarning());

  // With no segments nothing is being timed, so there is no threshold to count towards.
  return { totalMinutes, lines, warnings, nextThreshold: segments.length > 0 ? upcoming : null };
}
