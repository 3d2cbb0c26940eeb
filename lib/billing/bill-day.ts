import { CPT_SAME_DAY_RULES, PAYER_SAME_DAY_RULES, emCodesIn, sameDayConflict } from "./conflicts";
import { BillingInputError } from "./errors";
import { parseInstant } from "./instants";
import { assertNoOverlap } from "./overlap";
import { AUDIO_ONLY_ONLY_AT_HOME, payerRules } from "./payer";
import type { PayerRules } from "./payer";
import { resolveContact } from "./place-of-service";
import type { Contact } from "./place-of-service";
import { clipToServiceDay, resolveSegments } from "./segments";
import type { NoteSegments, ResolvedSegment } from "./segments";
import { localDateOf, requireTimeZone, serviceDay } from "./service-day";
import type { PracticeZone, ServiceDay } from "./service-day";
import {
  CRISIS_TIME_TABLE,
  EM_ADD_ON_CODES,
  NON_OFFICE_CRISIS_TIME_TABLE,
  codesForMinutes,
  nextThresholdFor,
  thresholdFor,
  withCodes,
} from "./thresholds";
import type { TimeTable } from "./thresholds";
import type { BillingOptions, BillingResult, BillingWarning } from "./types";
import {
  audioOnlyNotHomeWarning,
  countedPastMidnightWarning,
  crossesMidnightWarning,
  emAddOnWarning,
  sameDayConflictWarning,
  scheduledVisitWarning,
  timeTableWarning,
} from "./warnings";

const MS_PER_MINUTE = 60_000;
// BILLING-RULES §8: the codes a day's line takes only because an E/M visit was billed that day.
const EM_ADD_ON_LINE_CODES: ReadonlySet<string> = new Set(Object.values(EM_ADD_ON_CODES));

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
  zone: PracticeZone,
): ServiceDay | null {
  if (given !== undefined) return serviceDay(given, zone);
  if (segments.length === 0) return null;
  const earliest = segments.reduce((min, s) => Math.min(min, s.startMs), Infinity);
  return serviceDay(localDateOf(earliest, zone), zone);
}

/**
 * BILLING-RULES §2 and §8: the time table for the contact. Without a payer, always §2's table.
 * With one, G0017/G0018 in person at the payer's non-office sites, and +90833 for 90832 when an
 * E/M visit was billed the same day; both are code mappings over the same thresholds.
 */
function timeTableFor(rules: PayerRules | null, contact: Contact, hasEmVisit: boolean): TimeTable {
  if (rules === null) return CRISIS_TIME_TABLE;
  const isNonOfficeSite =
    contact.modality === "in_person" && rules.nonOfficeCrisisSites.includes(contact.placeOfService);
  const table = isNonOfficeSite ? NON_OFFICE_CRISIS_TIME_TABLE : CRISIS_TIME_TABLE;
  return hasEmVisit ? withCodes(table, EM_ADD_ON_CODES) : table;
}

/**
 * The one implementation behind `computeCrisisBilling` (one note) and `summarizeDay` (all notes
 * of a day): BILLING-RULES §1 sums all of a day's time before §2 assigns codes, so the two
 * entry points only differ in how many notes they pass in.
 */
export function billDay(notes: readonly NoteSegments[], options: BillingOptions): BillingResult {
  const zone = requireTimeZone(options.timeZone);
  const nowMs = readNow(options.now);
  // BILLING-RULES §8: without a payer, §1–§4 exactly as before payers existed.
  const rules = options.payer === undefined ? null : payerRules(options.payer);
  const contact = resolveContact(
    options,
    rules ? { video: rules.videoModifier, audio_only: rules.audioOnlyModifier } : undefined,
  );
  const segments = resolveSegments(notes, nowMs);
  assertNoOverlap(segments);
  const day = resolveServiceDay(options.dateOfService, segments, zone);
  const time = day
    ? clipToServiceDay(segments, day, rules?.midnight)
    : { countedMs: 0, totalMs: 0, countedAfterDayMs: 0 };

  // BILLING-RULES §1: whole minutes of the summed time, seconds never rounded up.
  const totalMinutes = Math.floor(time.countedMs / MS_PER_MINUTE);
  const emCodes = rules ? emCodesIn(options.sameDayCodes) : [];
  const table = timeTableFor(rules, contact, emCodes.length > 0);
  const lines = codesForMinutes(totalMinutes, table).map((line) => ({
    ...line,
    modifiers: [...contact.modifiers],
    placeOfService: contact.placeOfService,
  }));
  const upcoming = nextThresholdFor(totalMinutes, table);

  const warnings: BillingWarning[] = [];
  const rowWarning = thresholdFor(totalMinutes, table).warning;
  if (rowWarning) {
    warnings.push(timeTableWarning(rowWarning, totalMinutes, upcoming?.atMinutes, lines[0]?.code));
  }
  if (day && time.totalMs > time.countedMs) {
    const leftOut = Math.floor(time.totalMs / MS_PER_MINUTE) - totalMinutes;
    warnings.push(crossesMidnightWarning(leftOut, day.date, zone.name));
  }
  if (day && time.countedAfterDayMs > 0) {
    const pastMidnight = totalMinutes - Math.floor((time.countedMs - time.countedAfterDayMs) / MS_PER_MINUTE);
    warnings.push(countedPastMidnightWarning(pastMidnight, day.date, zone.name));
  }
  const isAudioOnlyAwayFromHome = contact.modality === "audio_only" && options.clientAtHome !== true;
  if (rules && AUDIO_ONLY_ONLY_AT_HOME[rules.ruleSet] && isAudioOnlyAwayFromHome) {
    warnings.push(audioOnlyNotHomeWarning());
  }
  if (lines.some((line) => EM_ADD_ON_LINE_CODES.has(line.code))) warnings.push(emAddOnWarning(emCodes));
  const conflict = sameDayConflict(
    lines.map((line) => line.code),
    options.sameDayCodes,
    rules ? PAYER_SAME_DAY_RULES : CPT_SAME_DAY_RULES,
  );
  if (conflict) warnings.push(sameDayConflictWarning(conflict.codes, conflict.against));
  if (options.scheduledVisit === true) warnings.push(scheduledVisitWarning());

  // With no segments nothing is being timed, so there is no threshold to count towards.
  const result: BillingResult = { totalMinutes, lines, warnings, nextThreshold: segments.length > 0 ? upcoming : null };
  // Only added fields, and only with a payer, so a bill without one is exactly what it was.
  if (rules === null) return result;
  return { ...result, ruleSet: rules.ruleSet, payerRules: { ...rules, nonOfficeCrisisSites: [...rules.nonOfficeCrisisSites] } };
}
