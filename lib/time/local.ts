import { DateTime } from "luxon";

/** What a datetime-local input holds: a wall-clock time without zone, to the minute. */
type LocalDateTime = string;

export class LocalTimeError extends Error {}

/**
 * A wall-clock time in the practice zone → an instant (ISO, UTC). A time that does not exist
 * (skipped by a spring-forward clock change) is refused rather than silently shifted; in the
 * repeated hour of a fall-back change luxon reads the standard-time (second) occurrence.
 */
export function localToInstant(local: LocalDateTime, timeZone: string): string {
  const parsed = DateTime.fromISO(local, { zone: timeZone });
  if (!parsed.isValid) throw new LocalTimeError("Enter a valid date and time.");
  if (parsed.toFormat("yyyy-LL-dd'T'HH:mm") !== local) {
    throw new LocalTimeError(`${local.replace("T", " ")} does not exist in ${timeZone}: the clocks skip that hour.`);
  }
  return parsed.toUTC().toISO({ suppressMilliseconds: false }) ?? "";
}


/** The practice-local calendar date of an instant, YYYY-MM-DD. */
export function localDateOf(iso: string, timeZone: string): string {
  return DateTime.fromISO(iso, { zone: "utc" }).setZone(timeZone).toISODate() ?? "";
}

/** Monday 00:00 of the current week in the practice zone, as a YYYY-MM-DD date. */
export function startOfLocalWeek(now: Date, timeZone: string): string {
  return DateTime.fromJSDate(now).setZone(timeZone).startOf("week").toISODate() ?? "";
}
