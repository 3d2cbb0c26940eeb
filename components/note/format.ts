import { tryComputeCrisisBilling } from "@/lib/billing";
import { DateTime } from "luxon";

type Segment = { start: string; end: string | null };

const inZone = (iso: string, timeZone: string) => DateTime.fromISO(iso, { zone: "utc" }).setZone(timeZone);

/** "Nov 27, 2026, 2:14 PM EST": signed and addendum times, in the practice zone. */
export function formatDateTime(iso: string, timeZone: string): string {
  return inZone(iso, timeZone).toFormat("LLL d, yyyy, h:mm a ZZZZ");
}

/** Whole minutes of one segment, as the billing engine counts them (BILLING-RULES §1). */
function segmentMinutes(segment: Segment): number | null {
  if (!segment.end) return null;
  return Math.floor(DateTime.fromISO(segment.end).diff(DateTime.fromISO(segment.start), "minutes").minutes);
}

/** "9:00 AM – 9:50 AM (50 min)", or "9:00 AM – running" while the timer runs. */
export function formatSegment(segment: Segment, timeZone: string): string {
  const start = inZone(segment.start, timeZone).toFormat("h:mm a");
  if (!segment.end) return `${start} – running`;
  return `${start} – ${inZone(segment.end, timeZone).toFormat("h:mm a")} (${segmentMinutes(segment)} min)`;
}

/**
 * This note's counted minutes, from the billing engine itself, so a note that crosses midnight
 * shows what is billed, not the raw sum; null while its time cannot be counted.
 */
export function countedMinutes(segments: readonly Segment[], timeZone: string): number | null {
  const attempt = tryComputeCrisisBilling({ segments, timeZone, now: new Date().toISOString() });
  return attempt.ok ? attempt.result.totalMinutes : null;
}
