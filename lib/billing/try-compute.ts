import { computeCrisisBilling } from "./compute";
import { BillingInputError } from "./errors";
import type { BillingInput, BillingResult } from "./types";

export type BillingAttempt = { ok: true; result: BillingResult } | { ok: false; error: BillingInputError };

/**
 * `computeCrisisBilling` for callers that show input problems instead of failing: the timer, the
 * note's minutes, the calculator and the data layer's segment checks. Any other error is a bug
 * and still throws.
 */
export function tryComputeCrisisBilling(input: BillingInput): BillingAttempt {
  try {
    return { ok: true, result: computeCrisisBilling(input) };
  } catch (error) {
    if (error instanceof BillingInputError) return { ok: false, error };
    throw error;
  }
}
