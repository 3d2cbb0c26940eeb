import { billDay } from "./bill-day";
import { BillingInputError } from "./errors";
import type { BillingResult, DaySummaryInput } from "./types";

/**
 * Bills all the crisis notes one clinician wrote for one client on one date as a single day
 * (BILLING-RULES §1: time is summed before codes are assigned, so 40 + 40 minutes is
 * 90839 + 90840 ×1, never 90839 twice). Overlaps between notes are rejected like overlaps
 * within a note, naming both notes and segments.
 */
export function summarizeDay(input: DaySummaryInput): BillingResult {
  const { notes, ...options } = input;
  const seen = new Set<string>();
  for (const note of notes) {
    if (seen.has(note.noteId)) {
      throw new BillingInputError(
        "DUPLICATE_NOTE",
        `Note "${note.noteId}" is listed more than once; each note's time can be counted only once.`,
      );
    }
    seen.add(note.noteId);
  }
  return billDay(notes, options);
}
