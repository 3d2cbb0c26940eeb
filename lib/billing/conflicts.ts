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

/**
 * BILLING-RULES §8: codes the same clinician may not report with 30-minute psychotherapy (90832,
 * or +90833 with an E/M) for the same client on the same date: the diagnostic evaluations, the
 * add-ons to an E/M, family psychotherapy, and any other 90832–90838 (one psychotherapy service a
 * day; a second 90832 is "another" one too). 90835 as in §4.
 */
export const PSYCHOTHERAPY_CONFLICT_CODES: ReadonlySet<string> = new Set([
  "90791",
  "90792",
  "90832",
  "90833",
  "90834",
  "90835",
  "90836",
  "90837",
  "90838",
  "90846",
  "90847",
]);

/**
 * A family of billed codes and the same-day codes it cannot be reported with. `against` names
 * the family in the warning ("…cannot report it together with 90839/90840").
 */
export type SameDayRule = { lineCodes: readonly string[]; against: string; conflicts: ReadonlySet<string> };

/** BILLING-RULES §4: crisis lines. */
const CRISIS_RULE: SameDayRule = { lineCodes: ["90839", "90840"], against: "90839/90840", conflicts: SAME_DAY_CONFLICT_CODES };

/**
 * BILLING-RULES §4 without a payer: only crisis lines are checked, so a 16–29-minute day's 90832
 * passes without a same-day warning, as it always has.
 */
export const CPT_SAME_DAY_RULES: readonly SameDayRule[] = [CRISIS_RULE];

/**
 * BILLING-RULES §8, every rule set: every line is checked. G0017/G0018 are crisis psychotherapy
 * under another name, so they take the crisis list.
 */
export const PAYER_SAME_DAY_RULES: readonly SameDayRule[] = [
  CRISIS_RULE,
  { lineCodes: ["G0017", "G0018"], against: "G0017/G0018", conflicts: SAME_DAY_CONFLICT_CODES },
  { lineCodes: ["90832"], against: "90832", conflicts: PSYCHOTHERAPY_CONFLICT_CODES },
  { lineCodes: ["90833"], against: "+90833", conflicts: PSYCHOTHERAPY_CONFLICT_CODES },
];

/** Callers type codes by hand: compare trimmed and upper-cased. */
function normalise(raw: unknown): string {
  return String(raw).trim().toUpperCase();
}

/** The codes of `sameDayCodes` found in `conflicts`, normalised, each once, in the order given. */
export function conflictingCodes(
  sameDayCodes: readonly string[] | undefined,
  conflicts: ReadonlySet<string> = SAME_DAY_CONFLICT_CODES,
): string[] {
  const found = new Set<string>();
  for (const raw of sameDayCodes ?? []) {
    const code = normalise(raw);
    if (conflicts.has(code)) found.add(code);
  }
  return [...found];
}

export type SameDayConflict = { codes: string[]; against: string };

/**
 * The same-day codes that conflict with the lines billed, under the rules that apply, or `null`.
 * A day's lines belong to one family, so at most one rule matches in practice; should several,
 * their conflicts are named together.
 */
export function sameDayConflict(
  lineCodes: readonly string[],
  sameDayCodes: readonly string[] | undefined,
  rules: readonly SameDayRule[],
): SameDayConflict | null {
  const matched = rules.filter((rule) => rule.lineCodes.some((code) => lineCodes.includes(code)));
  const conflicts = new Set(matched.flatMap((rule) => [...rule.conflicts]));
  const codes = conflictingCodes(sameDayCodes, conflicts);
  if (codes.length === 0) return null;
  return { codes, against: matched.map((rule) => rule.against).join(", ") };
}

/**
 * BILLING-RULES §8: evaluation and management visit codes — office and outpatient, hospital
 * inpatient and observation, emergency department, nursing facility, home and residence.
 */
export const EM_CODE_RANGES: readonly { from: number; to: number }[] = [
  { from: 99202, to: 99215 },
  { from: 99221, to: 99239 },
  { from: 99281, to: 99285 },
  { from: 99304, to: 99350 },
];

const FIVE_DIGITS = /^\d{5}$/;

/** Whether a code is one of the E/M visits of `EM_CODE_RANGES`. */
export function isEmCode(raw: unknown): boolean {
  const code = normalise(raw);
  if (!FIVE_DIGITS.test(code)) return false;
  const value = Number(code);
  return EM_CODE_RANGES.some((range) => value >= range.from && value <= range.to);
}

/** The E/M codes among the same-day codes, normalised, each once, in the order given. */
export function emCodesIn(sameDayCodes: readonly string[] | undefined): string[] {
  return [...new Set((sameDayCodes ?? []).filter(isEmCode).map(normalise))];
}
