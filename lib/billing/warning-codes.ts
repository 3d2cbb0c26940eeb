/** Stable warning codes; the UI and the billing summary match on these strings. */
export const BELOW_MINIMUM = "BELOW_MINIMUM";
export const BELOW_CRISIS_MINIMUM = "BELOW_CRISIS_MINIMUM";
export const CROSSES_MIDNIGHT = "CROSSES_MIDNIGHT";
export const SAME_DAY_CONFLICT = "SAME_DAY_CONFLICT";
export const SCHEDULED_VISIT = "SCHEDULED_VISIT";

/** BILLING-RULES §8, Medicare: audio-only telehealth with a client who is not at home. */
export const AUDIO_ONLY_NOT_HOME = "AUDIO_ONLY_NOT_HOME";
/** BILLING-RULES §8: 16–29 minutes with a same-day E/M visit, billed as +90833 instead of 90832. */
export const EM_ADD_ON = "EM_ADD_ON";
/** BILLING-RULES §8, midnight policy `start_date`: time after local midnight billed on the start date. */
export const COUNTED_PAST_MIDNIGHT = "COUNTED_PAST_MIDNIGHT";

/** The warnings of BILLING-RULES §1–§4: all a result can carry when no payer is given. */
export const WARNING_CODES = [
  BELOW_MINIMUM,
  BELOW_CRISIS_MINIMUM,
  CROSSES_MIDNIGHT,
  SAME_DAY_CONFLICT,
  SCHEDULED_VISIT,
] as const;

/** The warnings only a payer's rules (BILLING-RULES §8) add. */
export const PAYER_WARNING_CODES = [COUNTED_PAST_MIDNIGHT, AUDIO_ONLY_NOT_HOME, EM_ADD_ON] as const;

/** Every warning code, in the order a result lists them. */
export const ALL_WARNING_CODES = [
  BELOW_MINIMUM,
  BELOW_CRISIS_MINIMUM,
  CROSSES_MIDNIGHT,
  COUNTED_PAST_MIDNIGHT,
  AUDIO_ONLY_NOT_HOME,
  EM_ADD_ON,
  SAME_DAY_CONFLICT,
  SCHEDULED_VISIT,
] as const;

export type WarningCode = (typeof ALL_WARNING_CODES)[number];
