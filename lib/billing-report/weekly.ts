import { mondayOf } from "./calendar";
import { isBillableDay, isSignedNote } from "./flags";
import type { ReportDay } from "./types";

export type WeeklyTotal = {
  /** The Monday the week starts on, YYYY-MM-DD. */
  weekStart: string;
  clinicianId: string;
  clinicianName: string;
  /** Billing units of the week's billable days (every line's units). */
  units: number;
  /** Crisis minutes of the week's days with a signed note, billable or not. */
  minutes: number;
};

/** Weeks start on Monday (ISO 8601); the option is there so a caller says so. */
export type WeeklyOptions = { weekStartsOn: 1 };

/** The Monday of the ISO week holding `date` (YYYY-MM-DD); throws a RangeError on an invalid date. */
export function weekStartOf(date: string): string {
  return mondayOf(date);
}

/**
 * Units and minutes per clinician per week, for the chart; sorted by week, then clinician name
 * (then id, for two clinicians of the same name). Dates of service are already local calendar
 * dates, so weeks are plain calendar arithmetic. A clinician appears in a week when one of their
 * days there has a signed note (awaiting review or final); drafts-only days count for nothing.
 */
export function weeklyTotals(days: readonly ReportDay[], _options: WeeklyOptions = { weekStartsOn: 1 }): WeeklyTotal[] {
  const totals = new Map<string, WeeklyTotal>();
  for (const day of days) {
    if (!day.notes.some(isSignedNote)) continue;
    const weekStart = weekStartOf(day.dateOfService);
    const key = JSON.stringify([weekStart, day.clinician.id]);
    const total = totals.get(key) ?? { weekStart, clinicianId: day.clinician.id, clinicianName: day.clinician.name, units: 0, minutes: 0 };
    total.minutes += day.minutes;
    if (isBillableDay(day)) total.units += day.lines.reduce((sum, line) => sum + line.units, 0);
    totals.set(key, total);
  }
  return [...totals.values()].sort(
    (a, b) =>
      compare(a.weekStart, b.weekStart) || a.clinicianName.localeCompare(b.clinicianName, "en") || compare(a.clinicianId, b.clinicianId),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
