/** Stable warning codes; the UI and the billing summary match on these strings. */
export const BELOW_MINIMUM = "BELOW_MINIMUM";
export const BELOW_CRISIS_MINIMUM = "BELOW_CRISIS_MINIMUM";
export const CROSSES_MIDNIGHT = "CROSSES_MIDNIGHT";
export const SAME_DAY_CONFLICT = "SAME_DAY_CONFLICT";
export const SCHEDULED_VISIT = "SCHEDULED_VISIT";

export const WARNING_CODES = [
  BELOW_MINIMUM,
  BELOW_CRISIS_MINIMUM,
  CROSSES_MIDNIGHT,
  SAME_DAY_CONFLICT,
  SCHEDULED_VISIT,
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];
