export { computeCrisisBilling } from "./compute";
export { tryComputeCrisisBilling } from "./try-compute";
export type { BillingAttempt } from "./try-compute";
export { summarizeDay } from "./summarize-day";
export { describeLine, describeNextThreshold, lineCodeUnits, lineDetails } from "./describe";
export { BillingInputError } from "./errors";
export type { BillingInputIssue, SegmentRef } from "./errors";
export { SAME_DAY_CONFLICT_CODES } from "./conflicts";
export { IN_PERSON_PLACE_OPTIONS, IN_PERSON_PLACES_OF_SERVICE, TELEHEALTH_PLACES_OF_SERVICE } from "./place-of-service";
export { MODALITIES, MODALITY_LABELS, MODALITY_OPTIONS } from "./modalities";
export type { InPersonPlaceOfService } from "./place-of-service";
export {
  CPT_PAYER_RULES,
  MEDICARE_PAYER_RULES,
  MIDNIGHT_POLICIES,
  PAYER_RULE_DEFAULTS,
  RULE_SETS,
  payerRules,
} from "./payer";
export type { MidnightPolicy, PayerInput, PayerRules, RuleSet } from "./payer";
export { CRISIS_TIME_TABLE, EM_ADD_ON_CODES, NON_OFFICE_CRISIS_CODES, NON_OFFICE_CRISIS_TIME_TABLE } from "./thresholds";
export type { CodeMapping, CodeUnits, TimeTable, TimeThreshold } from "./thresholds";
export {
  BELOW_CRISIS_MINIMUM,
  BELOW_MINIMUM,
  CROSSES_MIDNIGHT,
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
