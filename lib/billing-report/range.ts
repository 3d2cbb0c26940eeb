import { z } from "@/lib/validation/zod";

import { addDays, isCalendarDate, mondayOf, monthOf } from "./calendar";

/*
 * The billing report's date range: presets for the picker, and the query schema that the page
 * and the CSV export validate their search parameters with.
 */

export const RANGE_PRESETS = ["this_week", "last_week", "this_month", "last_month"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export type DateRange = { from: string; to: string };

/**
 * A preset as whole calendar periods, both ends included: weeks run Monday to Sunday and months
 * from the 1st to their last day, even when part of the period is still to come.
 * `today` is the practice-local date (YYYY-MM-DD); a RangeError is thrown for anything else.
 */
export function presetRange(preset: RangePreset, today: string): DateRange {
  switch (preset) {
    case "this_week": {
      const monday = mondayOf(today);
      return { from: monday, to: addDays(monday, 6) };
    }
    case "last_week": {
      const monday = addDays(mondayOf(today), -7);
      return { from: monday, to: addDays(monday, 6) };
    }
    case "this_month":
      return monthOf(today);
    case "last_month":
      return monthOf(today, -1);
  }
}

export const REPORT_STATUSES = ["billable", "flagged", "all"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The longest range a report covers, in years. */
export const MAX_RANGE_YEARS = 3;

/** The day `years` years after `date` (29 February → 1 March in a common year). */
function yearsAfter(date: string, years: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

function hasDates(query: { from: string; to: string }): boolean {
  return isCalendarDate(query.from) && isCalendarDate(query.to);
}

/** A search parameter left empty (an "All" option, a cleared field) means "not given". */
const emptyAsMissing = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const dateField = (which: "start" | "end") =>
  z
    .string({ error: `Enter the ${which} date.` })
    .trim()
    .min(1, `Enter the ${which} date.`)
    .refine(isCalendarDate, `Enter the ${which} date as YYYY-MM-DD.`);

const optionalId = z.preprocess(emptyAsMissing, z.string().trim().max(64, "That id is too long.").optional());

/** A CPT code (4 digits and a digit, F, T or U) or a HCPCS Level II code (a letter and 4 digits); "+90833" reads as 90833. */
const codeField = z.preprocess(
  emptyAsMissing,
  z
    .string()
    .trim()
    .toUpperCase()
    .transform((value) => value.replace(/^\+/, ""))
    .pipe(z.string().regex(/^(?:\d{4}[\dFTU]|[A-Z]\d{4})$/, "Enter a 5-character CPT or HCPCS code, like 90839 or G0017."))
    .optional(),
);

/** A checkbox or query flag: true/false, or the strings zod's stringbool reads (1/0, yes/no, on/off…). */
const flagField = z.preprocess(emptyAsMissing, z.union([z.boolean(), z.stringbool()], { error: "Choose yes or no." }).default(false));

export const billingReportQuerySchema = z
  .object({
    from: dateField("start"),
    to: dateField("end"),
    clinicianId: optionalId,
    payerId: optionalId,
    code: codeField,
    status: z.preprocess(emptyAsMissing, z.enum(REPORT_STATUSES, { error: "Choose billable, flagged or all." }).default("billable")),
    /** CSV only: export the flagged days' lines too. */
    includeFlagged: flagField,
    /** CSV only: start the file with a UTF-8 byte-order mark. */
    bom: flagField,
  })
  // The range checks judge two real dates only: an invalid one already has its own message.
  .refine((query) => !hasDates(query) || query.from <= query.to, {
    path: ["from"],
    message: "The start date must be on or before the end date.",
  })
  // At most 3 years: the end date falls before the same date 3 years on (2023-01-01 → 2025-12-31 is the longest from 2023-01-01).
  .refine((query) => !hasDates(query) || query.from > query.to || query.to < yearsAfter(query.from, MAX_RANGE_YEARS), {
    path: ["to"],
    message: "A report covers at most 3 years.",
  });

export type BillingReportQueryInput = z.input<typeof billingReportQuerySchema>;
export type BillingReportQuery = z.output<typeof billingReportQuerySchema>;
