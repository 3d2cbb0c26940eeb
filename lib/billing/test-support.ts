import { expect } from "vitest";

import { BillingInputError } from "./errors";
import type { BillingInputIssue, SegmentRef } from "./errors";
import type { BillingLine, SegmentInput } from "./types";

/** 10:00 UTC on a plain weekday: far from midnight and from any DST change in UTC. */
const BASE_MS = Date.parse("2026-03-09T10:00:00Z");

/** ISO instant `seconds` after BASE_MS (or after `baseMs`). */
export function isoAt(seconds: number, baseMs = BASE_MS): string {
  return new Date(baseMs + seconds * 1000).toISOString();
}

/** A finished segment from `fromSeconds` to `toSeconds` after the base. */
export function seg(fromSeconds: number, toSeconds: number, baseMs = BASE_MS): SegmentInput {
  return { start: isoAt(fromSeconds, baseMs), end: isoAt(toSeconds, baseMs) };
}

/** Codes and units only, for compact expectations. */
export function codes(lines: readonly BillingLine[]): string[] {
  return lines.map((line) => `${line.code}×${line.units}`);
}

/** A monotone measure of what the lines bill: 90832 < 90839 < 90839 + each 90840 unit. */
export function billedRank(lines: readonly BillingLine[]): number {
  const weights: Record<string, number> = { "90832": 1, "90839": 2, "90840": 1 };
  return lines.reduce((sum, line) => sum + (weights[line.code] ?? 0) * line.units, 0);
}

/** Asserts `run` throws a BillingInputError with this issue, message text and segment refs. */
export function expectInputError(
  run: () => unknown,
  issue: BillingInputIssue,
  message: string | RegExp,
  segments?: readonly SegmentRef[],
): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(BillingInputError);
  const error = caught as BillingInputError;
  expect(error.issue).toBe(issue);
  expect(error.message).toMatch(message);
  if (segments !== undefined) expect(error.segments).toEqual(segments);
}
