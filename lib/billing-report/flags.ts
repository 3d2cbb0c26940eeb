import { localDateOf } from "@/lib/time/local";

import { daysBetween, utcDateOf } from "./calendar";
import { FLAG_CODES, type FlagCode, type ReportDay, type ReportNote } from "./types";

/*
 * The flags a biller acts on, per report day (one clinician, one client, one date of service).
 * BILLING-RULES §6: billing counts `final` notes; pending and returned notes are listed as flags.
 */

export type FlagOptions = {
  /** The moment the report is built: draft ages are measured to it. */
  now: Date;
  /** A note signed more than this many calendar days after its date of service is a late entry. */
  lateEntryDays: number;
  /**
   * IANA name of the practice time zone, used to find the calendar date a note was signed on.
   * Omitted, the signing date is the UTC date of `signedAt` (which, for a practice west of UTC,
   * turns an evening signing into the next day): pass it whenever it is known.
   */
  timeZone?: string;
};

const HOUR_MS = 60 * 60 * 1000;

/** The engine's warning codes that are flags under the same name. */
const ENGINE_WARNING_FLAGS = ["SAME_DAY_CONFLICT", "EM_ADD_ON", "SCHEDULED_VISIT", "CROSSES_MIDNIGHT", "AUDIO_ONLY_NOT_HOME"] as const;

const SELF_PAY = "self-pay";

export const FLAG_EXPLANATIONS: Readonly<Record<FlagCode, { label: string; explanation: string }>> = {
  DRAFT_OVER_24H: {
    label: "Draft over 24 h",
    explanation: "A note for this day has been a draft for a day or more (under 3 days): its time is not billed until it is signed.",
  },
  DRAFT_OVER_72H: {
    label: "Draft over 72 h",
    explanation: "A note for this day has been a draft for 3 days or more: its time is still unbilled; ask the clinician to finish it.",
  },
  AWAITING_REVIEW: {
    label: "Awaiting review",
    explanation: "A signed note is waiting for the supervisor's co-signature; the day cannot be billed until it is approved.",
  },
  RETURNED: {
    label: "Returned",
    explanation: "The supervisor sent a note back for changes; its time is not billed until the clinician signs it again.",
  },
  UNDER_16_MINUTES: {
    label: "Under 16 minutes",
    explanation: "The signed crisis time is under 16 minutes: nothing can be billed for this day.",
  },
  UNDER_30_MINUTES: {
    label: "16–29 minutes",
    explanation: "The signed crisis time is 16–29 minutes: billed as 30-minute psychotherapy (90832), not as crisis codes.",
  },
  SAME_DAY_CONFLICT: {
    label: "Same-day conflict",
    explanation: "The clinician also billed a psychotherapy or evaluation code for this client that day; payers deny the pair.",
  },
  EM_ADD_ON: {
    label: "With an E/M visit",
    explanation: "16–29 minutes alongside a same-day E/M visit: billed as the +90833 add-on, paid only together with that E/M visit.",
  },
  SCHEDULED_VISIT: {
    label: "Scheduled visit",
    explanation: "The contact was a planned visit: crisis codes fit only if a real crisis arose during it; check the note says why.",
  },
  CROSSES_MIDNIGHT: {
    label: "Crosses midnight",
    explanation: "The contact ran past local midnight: minutes after midnight were not counted on this date of service.",
  },
  AUDIO_ONLY_NOT_HOME: {
    label: "Audio-only, not at home",
    explanation: "Audio-only telehealth with a client away from home: Medicare pays audio-only mental-health visits only at home.",
  },
  NO_PAYER: {
    label: "No payer",
    explanation: "The client's record names no payer (not even self-pay): choose one before a claim can go out.",
  },
  NO_MEMBER_ID: {
    label: "No member id",
    explanation: "The client has an insurance payer but no member id on file: the claim would be rejected.",
  },
  NO_CLINICIAN_NPI: {
    label: "No clinician NPI",
    explanation: "The rendering clinician has no NPI on file, so the day's lines cannot be claimed under them.",
  },
  LATE_ENTRY: {
    label: "Late entry",
    explanation: "A note was signed well after the date of service; some payers question or refuse late documentation.",
  },
};

/** A note that was signed and stands: its time is behind the day's billing lines. */
export function isSignedNote(note: ReportNote): boolean {
  return note.status === "pending_review" || note.status === "final";
}

function isBlank(value: string | null): boolean {
  return value === null || value.trim() === "";
}

/**
 * The day can go on a claim: it has billing lines and every signed note behind them is final
 * (a note awaiting review holds the whole day back). Drafts and returned notes of the same day
 * are not behind the lines and do not block it.
 */
export function isBillableDay(day: ReportDay): boolean {
  const signed = day.notes.filter(isSignedNote);
  return day.lines.length > 0 && signed.length > 0 && signed.every((note) => note.status === "final");
}

/**
 * The day's draft flag, decided by its oldest draft: 24 h up to (not including) 72 h →
 * DRAFT_OVER_24H; 72 h or more → DRAFT_OVER_72H alone. The two never go together, so a day counts
 * once among drafts and the 24-hour count is the days still under 72 hours.
 */
function draftFlag(day: ReportDay, now: Date): FlagCode | null {
  const ages = day.notes
    .filter((note) => note.status === "draft")
    .map((note) => now.getTime() - Date.parse(note.createdAt))
    // An unreadable createdAt (NaN) cannot be aged: it raises no flag rather than a wrong one.
    .filter((age) => !Number.isNaN(age));
  if (ages.length === 0) return null;
  const oldest = Math.max(...ages);
  if (oldest >= 72 * HOUR_MS) return "DRAFT_OVER_72H";
  if (oldest >= 24 * HOUR_MS) return "DRAFT_OVER_24H";
  return null;
}

function signingDate(signedAt: string, timeZone: string | undefined): string | null {
  if (Number.isNaN(Date.parse(signedAt))) return null;
  return timeZone ? localDateOf(signedAt, timeZone) || null : utcDateOf(signedAt);
}

/** Calendar days from the date of service to the date of signing, compared as dates (times of day ignored). */
function isLateEntry(day: ReportDay, options: FlagOptions): boolean {
  return day.notes.some((note) => {
    if (note.signedAt === null) return false;
    const signedOn = signingDate(note.signedAt, options.timeZone);
    return signedOn !== null && daysBetween(day.dateOfService, signedOn) > options.lateEntryDays;
  });
}

/** Every flag that applies to the day, in FLAG_CODES order. */
export function flagsForDay(day: ReportDay, options: FlagOptions): FlagCode[] {
  if (!Number.isInteger(options.lateEntryDays) || options.lateEntryDays < 0) {
    throw new RangeError("lateEntryDays must be a whole number of days, 0 or more.");
  }
  const flags = new Set<FlagCode>();
  const draft = draftFlag(day, options.now);
  if (draft) flags.add(draft);
  if (day.notes.some((note) => note.status === "pending_review")) flags.add("AWAITING_REVIEW");
  if (day.notes.some((note) => note.status === "returned")) flags.add("RETURNED");
  if (day.notes.some(isSignedNote)) {
    if (day.minutes < 16) flags.add("UNDER_16_MINUTES");
    else if (day.minutes < 30) flags.add("UNDER_30_MINUTES");
  }
  for (const code of ENGINE_WARNING_FLAGS) {
    if (day.warningCodes.includes(code)) flags.add(code);
  }
  if (isBlank(day.client.payerName)) flags.add("NO_PAYER");
  else if (day.client.payerName?.trim().toLowerCase() !== SELF_PAY && isBlank(day.client.memberId)) flags.add("NO_MEMBER_ID");
  if (day.lines.length > 0 && isBlank(day.clinician.npi)) flags.add("NO_CLINICIAN_NPI");
  if (isLateEntry(day, options)) flags.add("LATE_ENTRY");
  return FLAG_CODES.filter((code) => flags.has(code));
}

/** How many days carry each flag (every code present, 0 when none). */
export function countFlags(days: readonly ReportDay[], options: FlagOptions): Record<FlagCode, number> {
  const counts = Object.fromEntries(FLAG_CODES.map((code) => [code, 0])) as Record<FlagCode, number>;
  for (const day of days) {
    for (const flag of flagsForDay(day, options)) counts[flag] += 1;
  }
  return counts;
}
