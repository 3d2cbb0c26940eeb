import { tryComputeCrisisBilling } from "@/lib/billing";

type Segment = { start: string; end: string | null };

/**
 * This note's counted minutes, from the billing engine itself (computed on the server for the
 * note form, which does not load the engine), so a note that crosses midnight
 * shows what is billed, not the raw sum; null while its time cannot be counted.
 */
export function countedMinutes(segments: readonly Segment[], timeZone: string): number | null {
  const attempt = tryComputeCrisisBilling({ segments, timeZone, now: new Date().toISOString() });
  return attempt.ok ? attempt.result.totalMinutes : null;
}
