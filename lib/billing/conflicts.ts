/**
 * BILLING-RULES §4: codes the same clinician may not report with 90839/90840 for the same
 * client on the same date. 90832–90838 is taken as the contract writes it, so it includes
 * 90835, which is not an active CPT code; listing it costs nothing.
 */
export const SAME_DAY_CONFLICT_CODES: ReadonlySet<string> = new Set([
  "90791",
  "90792",
  "90832",
  "90833",
  "90834",
  "90835",
  "90836",
  "90837",
  "90838",
  "90785",
  "90845",
  "90846",
  "90847",
  "90849",
  "90853",
  "90863",
  "90865",
  "90867",
  "90868",
  "90869",
]);

/** Callers type codes by hand: compare trimmed and upper-cased, report each code once. */
export function conflictingCodes(sameDayCodes: readonly string[] | undefined): string[] {
  const found = new Set<string>();
  for (const raw of sameDayCodes ?? []) {
    const code = String(raw).trim().toUpperCase();
    if (SAME_DAY_CONFLICT_CODES.has(code)) found.add(code);
  }
  return [...found];
}
