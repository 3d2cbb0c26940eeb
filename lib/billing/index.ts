export { computeCrisisBilling } from "./compute";
export { tryComputeCrisisBilling } from "./try-compute";
export type { BillingAttempt } from "./try-compute";
export { summarizeDay } from "./summarize-day";
export {
  BILLED_CODES,
  codeLabel,
  describeCode,
  describeLine,
  describeNextThreshold,
  lineCodeUnits,
  lineDetails,
} from "./describe";
export { BillingInputError } from "./errors";
export type { BillingInputIssue, SegmentRef } from "./errors";
export { EM_CODE_RANGES, PSYCHOTHERAPY_CONFLICT_CODES, SAME_DAY_CONFLICT_CODES, isEmCode } from "./conflicts";
export { IN_PERSON_PLACE_OPTIONS, IN_PERSON_PLACES_OF_SERVICE, TELEHEALTH_PLACES_OF_SERVICE } from "./place-of-service";
export { MODALITIES, MODALITY_LABELS, MODALITY_OPTIONS } from "./modalities";
export type { InPersonPlaceOfService } from "./place-of-service";
export {
  AUDIO_ONLY_ONLY_AT_HOME,
  CPT_PAYER_RULES,
  MEDICARE_PAYER_RULES,
  MIDNIGHT_POLICIES,
  MIDNIGHT_POLICY_LABELS,
  PAYER_RULE_DEFAULTS,
  RULE_SETS,
  RULE_SET_LABELS,
  payerRules,
} from "./payer";
export type { MidnightPolicy, PayerInput, PayerRules, RuleSet } from "./payer";
export { CRISIS_TIME_TABLE, EM_ADD_ON_CODES, NON_OFFICE_CRISIS_CODES, NON_OFFICE_CRISIS_TIME_TABLE } from "./thresholds";
export type { CodeMapping, CodeUnits, TimeTable, TimeThreshold } from "./thresholds";
export {
  ALL_WARNING_CODES,
  AUDIO_ONLY_NOT_HOME,
  BELOW_CRISIS_MINIMUM,
  BELOW_MINIMUM,
  COUNTED_PAST_MIDNIGHT,
  CROSSES_MIDNIGHT,
  EM_ADD_ON,
  PAYER_WARNING_CODES,
  SAME_DAY_CONFLICT,
  SCHEDULED_VISIT,
  WARNING_CODES,
} from "./warning-codes";
export type { WarningCode } from "./warning-codes";
export type {
  BillingInput,
  BillingLine,
  BillingOptions,
  BillingResult,
  BillingWarning,
  DayNote,
  DaySummaryInput,
  Modality,
  NextThreshold,
  SegmentInput,
} from "./types";
