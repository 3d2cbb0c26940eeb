import { DateTime, IANAZone } from "luxon";

import { BillingInputError } from "./errors";

/** The practice-local calendar day that time is counted on, as half-open [startMs, endMs). */
export type ServiceDay = { date: string; startMs: number; endMs: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type CalendarDate = { year: number; month: number; day: number };

/** The practice time zone must be a real IANA name; a wrong zone would move the date line. */
export function requireTimeZone(timeZone: unknown): IANAZone {
  // IANAZone.create is cached per name and checks validity once; isValidZone would build a
  // new Intl formatter on every call.
  const zone = typeof timeZone === "string" && timeZone !== "" ? IANAZone.create(timeZone) : null;
  if (zone === null || !zone.isValid) {
    throw new BillingInputError(
      "INVALID_TIME_ZONE",
      `The practice time zone "${String(timeZone)}" is not a recognised time zone name (for example America/New_York).`,
    );
  }
  return zone;
}

/** Practice-local calendar date (YYYY-MM-DD) of an instant. */
export function localDateOf(epochMs: number, zone: IANAZone): string {
  // toISODate() is only null for an invalid DateTime, which a finite epoch in a valid zone is not.
  return DateTime.fromMillis(epochMs, { zone }).toISODate() ?? "";
}

function readDate(date: unknown): CalendarDate | null {
  const match = typeof date === "string" ? ISO_DATE.exec(date) : null;
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The following calendar date: plain calendar arithmetic, no zone involved. */
function nextDate({ year, month, day }: CalendarDate): CalendarDate {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/**
 * The local day's bounds are the instants of two local midnights, each resolved by luxon in the
 * practice zone, never "start + 24 hours": on DST change dates a day lasts 23 or 25 hours
 * (BILLING-RULES §1, date of service). Where a midnight does not exist (a DST gap at 00:00),
 * luxon moves it forward to the first instant of the day.
 */
export function serviceDay(date: unknown, zone: IANAZone): ServiceDay {
  const calendarDate = readDate(date);
  const start = calendarDate ? DateTime.fromObject(calendarDate, { zone }) : null;
  if (calendarDate === null || start === null || !start.isValid) {
    throw new BillingInputError(
      "INVALID_DATE_OF_SERVICE",
      `The date of service "${String(date)}" is not a valid calendar date in the form YYYY-MM-DD.`,
    );
  }
  const end = DateTime.fromObject(nextDate(calendarDate), { zone });
  return { date: String(date), startMs: start.toMillis(), endMs: end.toMillis() };
}
