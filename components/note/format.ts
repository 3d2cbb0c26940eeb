import { wallClockDateTime, wallClockTime } from "@/lib/time/wall-clock";

type Segment = { start: string; end: string | null };

/** "Nov 27, 2026, 2:14 PM EST": signed and addendum times, in the practice zone. */
export function formatDateTime(iso: string, timeZone: string): string {
  return wallClockDateTime(iso, timeZone);
}

/** Whole minutes of one segment, as the billing engine counts them (BILLING-RULES §1). */
function segmentMinutes(segment: Segment): number | null {
  if (!segment.end) return null;
  return Math.floor((Date.parse(segment.end) - Date.parse(segment.start)) / 60_000);
}

/** "9:00 AM – 9:50 AM (50 min)", or "9:00 AM – running" while the timer runs. */
export function formatSegment(segment: Segment, timeZone: string): string {
  const start = wallClockTime(segment.start, timeZone);
  if (!segment.end) return `${start} – running`;
  return `${start} – ${wallClockTime(segment.end, timeZone)} (${segmentMinutes(segment)} min)`;
}
