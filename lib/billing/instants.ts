import { readIsoInstant } from "./zone-time";

/**
 * An ISO 8601 date-time that states its own offset: `Z`, `±hh`, `±hhmm` or `±hh:mm`.
 * BILLING-RULES §7 takes "ISO 8601 instants with offset": a bare local time is ambiguous
 * (which zone? which side of a DST change?), so it is refused rather than guessed.
 */
const INSTANT_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** A date-time with no offset, recognised only to give a more helpful message. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/i;

export type ParsedInstant =
  | { ok: true; epochMs: number }
  | { ok: false; problem: "invalid" | "missing_offset" };

/** Reads an instant to epoch milliseconds without ever assuming a zone. */
export function parseInstant(value: unknown): ParsedInstant {
  if (typeof value !== "string") return { ok: false, problem: "invalid" };
  const text = value.trim();
  if (!INSTANT_WITH_OFFSET.test(text)) {
    return { ok: false, problem: LOCAL_DATE_TIME.test(text) ? "missing_offset" : "invalid" };
  }
  // The pattern checks the shape; the reader checks the ranges (month 13, 25:00, 30 February …).
  const epochMs = readIsoInstant(text);
  return epochMs === null ? { ok: false, problem: "invalid" } : { ok: true, epochMs };
}
