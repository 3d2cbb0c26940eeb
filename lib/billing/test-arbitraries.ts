import fc from "fast-check";
import { DateTime } from "luxon";

import type { SegmentInput } from "./types";

/** Property-test inputs shared by the billing property tests. */
export type Interval = { startMs: number; endMs: number };

export const ZONES = [
  "UTC",
  "America/New_York",
  "America/Los_Angeles",
  "Asia/Tokyo",
  "Asia/Kolkata",
  "Australia/Sydney",
] as const;

export const zoneArb = fc.constantFrom(...ZONES);
// Any millisecond of 2026, so DST change dates in every zone above are covered.
export const instantArb = fc.integer({
  min: Date.parse("2026-01-01T00:00:00Z"),
  max: Date.parse("2026-12-31T00:00:00Z"),
});
export const HOUR = 3_600_000;

/** Non-overlapping intervals in time order; a zero gap makes two segments touch. */
export function intervalsArb(firstStartMs: fc.Arbitrary<number>): fc.Arbitrary<Interval[]> {
  const step = fc.record({
    gap: fc.integer({ min: 0, max: HOUR }),
    length: fc.integer({ min: 2, max: HOUR }),
  });
  return fc.tuple(firstStartMs, fc.array(step, { minLength: 1, maxLength: 8 })).map(([first, steps]) => {
    let cursor = first;
    return steps.map(({ gap, length }) => {
      const startMs = cursor + gap;
      cursor = startMs + length;
      return { startMs, endMs: cursor };
    });
  });
}

/** Instants written with the zone's own offset, as a browser in that zone would send them. */
export function toSegments(intervals: readonly Interval[], zone: string): SegmentInput[] {
  const iso = (ms: number) => DateTime.fromMillis(ms, { zone }).toISO() ?? "";
  return intervals.map((i) => ({ start: iso(i.startMs), end: iso(i.endMs) }));
}

export const scenarioArb = fc
  .tuple(zoneArb, intervalsArb(instantArb))
  .map(([zone, intervals]) => ({ zone, intervals, segments: toSegments(intervals, zone) }));
