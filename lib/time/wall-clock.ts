/**
 * An instant read on a practice's wall clock with the platform's Intl only. These are what the
 * browser's pages need (the note, its time segments, the save status), so they must not pull a
 * date library into the page; wall-clock.test.ts holds them to luxon's answers.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone and shape: building an Intl.DateTimeFormat costs far more than using one. */
function formatter(timeZone: string, shape: "numeric" | "clock" | "named" | "medium"): Intl.DateTimeFormat {
  const key = `${shape}|${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, ...SHAPES[shape] });
    formatters.set(key, format);
  }
  return format;
}

const SHAPES: Record<"numeric" | "clock" | "named" | "medium", Intl.DateTimeFormatOptions> = {
  numeric: { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  clock: { hour: "numeric", minute: "2-digit", hour12: true },
  named: { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", hour12: true, timeZoneName: "short" },
  // The options luxon's DATETIME_MED_WITH_SECONDS passes (numeric minutes still print two digits).
  medium: { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", timeZoneName: "short" },
};

type Part = Intl.DateTimeFormatPartTypes;

function partsOf(format: Intl.DateTimeFormat, at: Date): Partial<Record<Part, string>> {
  const parts: Partial<Record<Part, string>> = {};
  for (const part of format.formatToParts(at)) parts[part.type] = part.value;
  return parts;
}

/** "2026-11-27T14:05": what a datetime-local input holds for the instant in `timeZone`. */
export function wallClockLocal(iso: string, timeZone: string): string {
  const p = partsOf(formatter(timeZone, "numeric"), new Date(iso));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** "2:05 PM" in `timeZone` (plain spaces, as the pages have always shown it). */
export function wallClockTime(at: Date | string, timeZone: string): string {
  const p = partsOf(formatter(timeZone, "clock"), typeof at === "string" ? new Date(at) : at);
  return `${p.hour}:${p.minute} ${p.dayPeriod}`;
}

/** "Nov 27, 2026, 2:14 PM EST": signature, review and addendum times. */
export function wallClockDateTime(iso: string, timeZone: string): string {
  const p = partsOf(formatter(timeZone, "named"), new Date(iso));
  return `${p.month} ${p.day}, ${p.year}, ${p.hour}:${p.minute} ${p.dayPeriod} ${p.timeZoneName}`;
}

/** "Nov 27, 2026, 2:05:09 AM EST": an instant to the second, as Intl writes it in en-US. */
export function wallClockInstant(iso: string, timeZone: string): string {
  return formatter(timeZone, "medium").format(new Date(iso));
}
