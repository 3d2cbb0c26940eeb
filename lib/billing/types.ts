import type { WarningCode } from "./warning-codes";

import type { Modality } from "./modalities";
import type { PayerInput, PayerRules, RuleSet } from "./payer";

export type { Modality };

/** One stretch of face-to-face time. `end: null` means the timer is still running. */
export type SegmentInput = {
  /** ISO 8601 instant with an explicit offset or `Z`, e.g. `2026-03-09T14:05:00-05:00`. */
  start: string;
  end: string | null;
};

/** Everything about the contact except its time segments. */
export type BillingOptions = {
  /** IANA name of the practice time zone, e.g. `America/New_York`. */
  timeZone: string;
  /** YYYY-MM-DD; default: the practice-local date of the earliest segment start. */
  dateOfService?: string;
  /** Instant used as the end of a running segment. */
  now?: string;
  /** Default `in_person`. */
  modality?: Modality;
  /** Telehealth only: the client joined from home (POS 10 instead of 02). */
  clientAtHome?: boolean;
  /** In-person setting code; default `11` (office). */
  placeOfService?: string;
  /** Other codes this clinician billed for this client on the date of service. */
  sameDayCodes?: readonly string[];
  /** The contact was a pre-scheduled routine visit. */
  scheduledVisit?: boolean;
  /**
   * The client's payer: its rule set and any option that differs from the set's defaults
   * (BILLING-RULES §8). Omitted, the bill follows §1–§4 exactly as before payers existed.
   */
  payer?: PayerInput;
};

/** Input of `computeCrisisBilling` (BILLING-RULES §7). */
export type BillingInput = BillingOptions & { segments: readonly SegmentInput[] };

/** One note's segments, for summing a whole day with `summarizeDay`. */
export type DayNote = { noteId: string; segments: readonly SegmentInput[] };

/** Input of `summarizeDay`: every note one clinician wrote for one client on one date. */
export type DaySummaryInput = BillingOptions & { notes: readonly DayNote[] };

export type BillingLine = {
  code: string;
  units: number;
  modifiers: string[];
  placeOfService: string;
};

export type BillingWarning = { code: WarningCode; message: string };

export type NextThreshold = {
  /** Total minutes at which the billing lines next change. */
  atMinutes: number;
  minutesToGo: number;
  /** What that threshold brings, e.g. `90840 ×2`. */
  adds: string;
};

export type BillingResult = {
  totalMinutes: number;
  lines: BillingLine[];
  warnings: BillingWarning[];
  /** `null` only when there are no segments at all (nothing is being timed). */
  nextThreshold: NextThreshold | null;
  /** The rule set the lines were computed under; present only when a payer was given. */
  ruleSet?: RuleSet;
  /** The payer's rules as applied, defaults filled in; present only when a payer was given. */
  payerRules?: PayerRules;
};
