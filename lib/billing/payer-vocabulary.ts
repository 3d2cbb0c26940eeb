/**
 * Payer vocabularies shared by the schema, the admin forms and the billing engine
 * (BILLING-RULES §8). Kept free of imports so drizzle-kit can read them.
 */
export const RULE_SETS = ["cpt", "medicare"] as const;
export type RuleSet = (typeof RULE_SETS)[number];

export const RULE_SET_LABELS: Record<RuleSet, string> = {
  cpt: "CPT rules (most commercial payers)",
  medicare: "Medicare rules (G0017/G0018 away from the office)",
};

export const MIDNIGHT_POLICIES = ["split", "start_date"] as const;
export type MidnightPolicy = (typeof MIDNIGHT_POLICIES)[number];

/** Whose NPI a supervised clinician's lines go out under: payers differ. */
export const SUPERVISED_NPI_POLICIES = ["rendering", "supervisor", "both"] as const;
export type SupervisedNpiPolicy = (typeof SUPERVISED_NPI_POLICIES)[number];

export const SUPERVISED_NPI_LABELS: Record<SupervisedNpiPolicy, string> = {
  rendering: "The rendering clinician's NPI",
  supervisor: "The supervisor's NPI",
  both: "Both: rendering clinician and supervising clinician",
};
