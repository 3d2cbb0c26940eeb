/** Pure helpers behind the live timer: no React, no clock of their own (callers pass `nowMs`). */

export type Segment = { start: string; end: string | null };

type TimerState = "idle" | "running" | "paused";

export function timerState(segments: readonly Segment[]): TimerState {
  if (segments.length === 0) return "idle";
  return segments.some((s) => s.end === null) ? "running" : "paused";
}

/**
 * The instant that ends a running segment. The server stamped the start with its own clock; a
 * device whose clock lags would otherwise show a negative time (and the billing engine refuses
 * "now before start"), so the running segment is never shorter than zero.
 */
export function effectiveNow(segments: readonly Segment[], nowMs: number): number {
  const running = segments.find((s) => s.end === null);
  return running ? Math.max(nowMs, Date.parse(running.start)) : nowMs;
}

/** Face-to-face seconds so far: the sum of the segments, a running one up to `nowMs`. */
export function elapsedSeconds(segments: readonly Segment[], nowMs: number): number {
  const now = effectiveNow(segments, nowMs);
  const ms = segments.reduce((sum, s) => sum + Math.max(0, (s.end === null ? now : Date.parse(s.end)) - Date.parse(s.start)), 0);
  return Math.floor(ms / 1000);
}

/** 1:05:09 — hours are not padded, minutes and seconds are. */
export function formatHms(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}
