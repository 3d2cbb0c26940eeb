import { tryComputeCrisisBilling } from "@/lib/billing";
import type { BillingResult, Modality, PayerInput } from "@/lib/billing";

/** Pure helpers behind the live timer: no React, no clock of their own (callers pass `nowMs`). */

type Segment = { start: string; end: string | null };
type Meta = { modality: Modality; placeOfService: string; clientAtHome: boolean; contactStart: string };

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

export type LiveBilling = { ok: true; result: BillingResult } | { ok: false; message: string };

/** The same engine the sign action uses, so the live lines never disagree with the signed ones. */
export function liveBilling(input: {
  segments: readonly Segment[];
  timeZone: string;
  nowMs: number;
  meta: Meta;
  /** The client's payer (BILLING-RULES §8); omitted, today's CPT rules. */
  payer?: PayerInput;
  /** Other services billed to the client that day, from the note. */
  sameDayCodes?: readonly string[];
}): LiveBilling {
  const { segments, timeZone, meta } = input;
  const attempt = tryComputeCrisisBilling({
    segments,
    timeZone,
    now: new Date(effectiveNow(segments, input.nowMs)).toISOString(),
    modality: meta.modality,
    clientAtHome: meta.clientAtHome,
    placeOfService: meta.placeOfService,
    // BILLING-RULES §4: a pre-scheduled routine visit carries SCHEDULED_VISIT.
    scheduledVisit: meta.contactStart === "scheduled_follow_up",
    ...(input.sameDayCodes?.length ? { sameDayCodes: input.sameDayCodes } : {}),
    ...(input.payer ? { payer: input.payer } : {}),
  });
  return attempt.ok ? attempt : { ok: false, message: attempt.error.message };
}
