import { billDay } from "./bill-day";
import type { BillingInput, BillingResult } from "./types";

/**
 * Billing lines, total minutes, warnings and the next threshold for one crisis note
 * (BILLING-RULES §7). Pure: no clock, no I/O; a running segment ends at `input.now`.
 * Throws `BillingInputError` for input the rules cannot accept.
 */
export function computeCrisisBilling(input: BillingInput): BillingResult {
  const { segments, ...options } = input;
  return billDay([{ segments }], options);
}
