import type { RuleSet } from "@/lib/billing";
import type { NoteStatus } from "@/lib/notes/status";

/*
 * The practice billing report (admins): plain data the data layer fills and the pure rules in
 * this folder (flags, CSV rows, weekly totals) read. Billing fields only: never a note's text.
 */

export type ReportLine = { code: string; units: number; modifiers: string[]; placeOfService: string };

export type ReportNote = {
  id: string;
  status: NoteStatus;
  /** ISO instants. */
  createdAt: string;
  signedAt: string | null;
  cosignedAt: string | null;
};

/** One clinician's crisis work with one client on one date of service: the unit a claim is built from. */
export type ReportDay = {
  dateOfService: string;
  client: { id: string; name: string; dateOfBirth: string; externalId: string | null; payerName: string | null; memberId: string | null };
  clinician: { id: string; name: string; credentials: string | null; npi: string | null };
  /** The supervisor who co-signed a note of the day, when one did. */
  cosigner: { name: string; credentials: string | null; npi: string | null } | null;
  /** As stored at signing (empty for a day whose signed notes bill nothing, or that has only drafts). */
  lines: ReportLine[];
  minutes: number;
  ruleSet: RuleSet | null;
  payerName: string | null;
  diagnosisCodes: string[];
  /** Engine warning codes stored with the lines, e.g. SAME_DAY_CONFLICT. */
  warningCodes: string[];
  notes: ReportNote[];
};

export const FLAG_CODES = [
  "DRAFT_OVER_24H",
  "DRAFT_OVER_72H",
  "AWAITING_REVIEW",
  "RETURNED",
  "UNDER_16_MINUTES",
  "UNDER_30_MINUTES",
  "SAME_DAY_CONFLICT",
  "EM_ADD_ON",
  "SCHEDULED_VISIT",
  "CROSSES_MIDNIGHT",
  "AUDIO_ONLY_NOT_HOME",
  "NO_PAYER",
  "NO_MEMBER_ID",
  "NO_CLINICIAN_NPI",
  "LATE_ENTRY",
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];
