import { DateTime } from "luxon";
import { tryComputeCrisisBilling } from "@/lib/billing";
import type { BillingResult, Modality, SegmentInput } from "@/lib/billing";

export type EntryMode = "minutes" | "segments";
/** One row of the segment editor; `start`/`end` are `datetime-local` values in the practice zone. */
export type SegmentRow = { key: number; start: string; end: string };

export type CalculatorState = {
  mode: EntryMode;
  minutes: string;
  rows: readonly SegmentRow[];
  modality: Modality;
  placeOfService: string;
  clientAtHome: boolean;
};

type CalculatorOutcome =
  | { kind: "waiting"; message: string }
  | { kind: "invalid"; minutesError?: string; rowErrors: ReadonlyMap<number, string> }
  | { kind: "result"; result: BillingResult };

export const MAX_MINUTES = 1440;
const MINUTES_ERROR = `Enter whole minutes from 0 to ${MAX_MINUTES}.`;

/**
 * "Total minutes" becomes one segment starting at local midnight today in the practice zone.
 * Midnight rather than noon so that every total the field accepts (up to 1440) stays on one date
 * of service; from noon, anything past 720 minutes would be cut at midnight (BILLING-RULES §1).
 * The segment is left running with `now` = start + N, because a closed segment must end after it
 * starts and 0 minutes is a valid entry (it still yields the next threshold, 16).
 */
function minutesSegments(minutes: number, timeZone: string): { segments: SegmentInput[]; now: string } {
  const start = DateTime.now().setZone(timeZone).startOf("day");
  return {
    segments: [{ start: start.toISO() ?? "", end: null }],
    now: start.plus({ minutes }).toISO() ?? "",
  };
}

function toInstant(local: string, timeZone: string): string | null {
  const parsed = DateTime.fromISO(local, { zone: timeZone });
  return parsed.isValid ? parsed.toISO() : null;
}

type SegmentsOrErrors = { segments: SegmentInput[] } | { rowErrors: Map<number, string> } | null;

/** `null` while the only row is still blank: nothing to say yet, and nothing wrong either. */
function rowSegments(rows: readonly SegmentRow[], timeZone: string): SegmentsOrErrors {
  if (rows.length === 1 && rows[0]?.start === "" && rows[0].end === "") return null;
  const rowErrors = new Map<number, string>();
  const segments = rows.map((row, index) => {
    const start = row.start === "" ? null : toInstant(row.start, timeZone);
    const end = row.end === "" ? null : toInstant(row.end, timeZone);
    if (row.start === "" || row.end === "") rowErrors.set(index, "Enter both a start and an end, or remove this segment.");
    else if (start === null || end === null) rowErrors.set(index, "Enter a valid date and time.");
    return { start: start ?? "", end };
  });
  return rowErrors.size > 0 ? { rowErrors } : { segments };
}

/** Everything the calculator shows, from its inputs; never throws. */
export function evaluateCalculator(state: CalculatorState, timeZone: string): CalculatorOutcome {
  let input: { segments: SegmentInput[]; now?: string };
  if (state.mode === "minutes") {
    if (state.minutes.trim() === "") return { kind: "waiting", message: "Enter the total minutes to see the billing lines." };
    const minutes = /^\d+$/.test(state.minutes.trim()) ? Number(state.minutes) : NaN;
    if (!(minutes <= MAX_MINUTES)) return { kind: "invalid", minutesError: MINUTES_ERROR, rowErrors: new Map() };
    input = minutesSegments(minutes, timeZone);
  } else {
    const built = rowSegments(state.rows, timeZone);
    if (built === null) return { kind: "waiting", message: "Enter a start and an end to see the billing lines." };
    if ("rowErrors" in built) return { kind: "invalid", rowErrors: built.rowErrors };
    input = built;
  }
  const attempt = tryComputeCrisisBilling({
    ...input,
    timeZone,
    modality: state.modality,
    clientAtHome: state.clientAtHome,
    placeOfService: state.placeOfService,
  });
  if (attempt.ok) return { kind: "result", result: attempt.result };
  const { error } = attempt;
  // The message names the segment(s); show it beside each one, or on the minutes field.
  if (state.mode === "minutes") return { kind: "invalid", minutesError: error.message, rowErrors: new Map() };
  const refs = error.segments.length > 0 ? error.segments : [{ segment: 1 }];
  return { kind: "invalid", rowErrors: new Map(refs.map((ref) => [ref.segment - 1, error.message])) };
}
