import { BillingInputError } from "./errors";
import { type CalendarDate, type PracticeZone, isValidCalendarDate, nextCalendarDate, zoneDateOf, zoneMidnight, zoneNamed } from "./zone-time";

export type { PracticeZone } from "./zone-time";

/** The practice-local calendar day that time is counted on, as half-open [startMs, endMs). */
export type ServiceDay = { date: string; startMs: number; endMs: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The practice time zone must be a real IANA name; a wrong zone would move the date line. */
export function requireTimeZone(timeZone: unknown): PracticeZone {
  // Checked once per name (zone-time.ts caches the zone and its formatter).
  const zone = typeof timeZone === "string" && timeZone !== "" ? zoneNamed(timeZone) : null;
  if (zone === null) {
    throw new BillingInputError(
      "INVALID_TIME_ZONE",
      `The practice time zone "${String(timeZone)}" is not a recognised time zone name (for example America/New_York).`,
    );
  }
  return zone;
}

/** Practice-local calendar date (YYYY-MM-DD) of an instant. */
export function localDateOf(epochMs: number, zone: PracticeZone): string {
  return zoneDateOf(epochMs, zone);
}

function readDate(date: unknown): CalendarDate | null {
  const match = typeof date === "string" ? ISO_DATE.exec(date) : null;
  if (!match) return null;
  const calendarDate = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidCalendarDate(calendarDate) ? calendarDate : null;
}

/**
 * The local day's bounds are the instants of two local midnights, each resolved in the practice
 * zone, never "start + 24 hours": on DST change dates a day lasts 23 or 25 hours
 * (BILLING-RULES §1, date of service). Where a midnight does not exist (a DST gap at 00:00),
 * it moves forward to the first instant of the day.
 */
export function serviceDay(date: unknown, zone: PracticeZone): ServiceDay {
  const calendarDate = readDate(date);
  if (calendarDate === null) {
    throw new BillingInputError(
      "INVALID_DATE_OF_SERVICE",
      `The date of service "${String(date)}" is not a valid calendar date in the form YYYY-MM-DD.`,
    );
  }
  return { date: String(date), startMs: zoneMidnight(calendarDate, zone), endMs: zoneMidnight(nextCalendarDate(calendarDate), zone) };
}
