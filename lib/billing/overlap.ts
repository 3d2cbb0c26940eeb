import { BillingInputError, describeSegment } from "./errors";
import type { SegmentRef } from "./errors";
import type { ResolvedSegment } from "./segments";

function overlapMessage(a: SegmentRef, b: SegmentRef): string {
  if (a.noteId === undefined && b.noteId === undefined) {
    return `Segments ${a.segment} and ${b.segment} overlap; each minute can be counted only once.`;
  }
  return `${describeSegment(a)} overlaps ${describeSegment(b, false)}; each minute can be counted only once.`;
}

/**
 * BILLING-RULES §1: segments are [start, end) and must not overlap — rejected, never merged.
 * Segments that only touch (one ends the instant the next starts) are fine.
 * Sorting by start then end makes this O(n log n); only the interval reaching furthest so far
 * can overlap the next one.
 */
export function assertNoOverlap(segments: readonly ResolvedSegment[]): void {
  const sorted = segments
    .map((segment, inputIndex) => ({ segment, inputIndex }))
    .sort((a, b) => a.segment.startMs - b.segment.startMs || a.segment.endMs - b.segment.endMs);
  let furthest: (typeof sorted)[number] | undefined;
  for (const current of sorted) {
    if (furthest !== undefined && current.segment.startMs < furthest.segment.endMs) {
      // Name the segment listed first in the input first, whatever their times are.
      const [first, second] =
        furthest.inputIndex < current.inputIndex ? [furthest, current] : [current, furthest];
      const refs = [first.segment.ref, second.segment.ref];
      throw new BillingInputError("OVERLAP", overlapMessage(first.segment.ref, second.segment.ref), refs);
    }
    if (furthest === undefined || current.segment.endMs > furthest.segment.endMs) furthest = current;
  }
}
