import { describe, expect, it } from "vitest";

import { fieldErrorsOf } from "@/lib/validation/test-support";

import { billingReportQuerySchema, presetRange } from "./range";

describe("presetRange (weeks start on Monday; whole periods, both ends included)", () => {
  it.each([
    // today, this week, last week
    ["2026-03-11", ["2026-03-09", "2026-03-15"], ["2026-03-02", "2026-03-08"]], // a Wednesday
    ["2026-03-09", ["2026-03-09", "2026-03-15"], ["2026-03-02", "2026-03-08"]], // a Monday
    ["2026-03-15", ["2026-03-09", "2026-03-15"], ["2026-03-02", "2026-03-08"]], // a Sunday
    ["2026-01-01", ["2025-12-29", "2026-01-04"], ["2025-12-22", "2025-12-28"]], // across the year end
    ["2026-03-02", ["2026-03-02", "2026-03-08"], ["2026-02-23", "2026-03-01"]], // last week crosses into March
  ])("weeks around %s", (today, [thisFrom, thisTo], [lastFrom, lastTo]) => {
    expect(presetRange("this_week", today)).toEqual({ from: thisFrom, to: thisTo });
    expect(presetRange("last_week", today)).toEqual({ from: lastFrom, to: lastTo });
  });

  it.each([
    // today, this month, last month
    ["2026-01-15", ["2026-01-01", "2026-01-31"], ["2025-12-01", "2025-12-31"]], // January: last month is last year's December
    ["2026-01-01", ["2026-01-01", "2026-01-31"], ["2025-12-01", "2025-12-31"]],
    ["2026-03-31", ["2026-03-01", "2026-03-31"], ["2026-02-01", "2026-02-28"]], // a month end after a short February
    ["2028-03-31", ["2028-03-01", "2028-03-31"], ["2028-02-01", "2028-02-29"]], // leap year
    ["2026-02-28", ["2026-02-01", "2026-02-28"], ["2026-01-01", "2026-01-31"]],
    ["2026-12-31", ["2026-12-01", "2026-12-31"], ["2026-11-01", "2026-11-30"]],
  ])("months around %s", (today, [thisFrom, thisTo], [lastFrom, lastTo]) => {
    expect(presetRange("this_month", today)).toEqual({ from: thisFrom, to: thisTo });
    expect(presetRange("last_month", today)).toEqual({ from: lastFrom, to: lastTo });
  });

  it("refuses a today that is not a calendar date", () => {
    expect(() => presetRange("this_week", "2026-02-30")).toThrow(RangeError);
    expect(() => presetRange("last_month", "today")).toThrow(RangeError);
  });
});

describe("billingReportQuerySchema", () => {
  const range = { from: "2026-03-01", to: "2026-03-31" };

  it("accepts a range alone, with the defaults", () => {
    expect(billingReportQuerySchema.parse(range)).toEqual({ ...range, status: "billable", includeFlagged: false, bom: false });
  });

  it("reads every filter as a search parameter gives it", () => {
    expect(
      billingReportQuerySchema.parse({
        from: " 2026-03-01 ",
        to: "2026-03-31",
        clinicianId: "c-dana",
        payerId: "p-medicare",
        code: " g0017",
        status: "flagged",
        includeFlagged: "true",
        bom: "1",
      }),
    ).toEqual({ ...range, clinicianId: "c-dana", payerId: "p-medicare", code: "G0017", status: "flagged", includeFlagged: true, bom: true });
  });

  it("treats empty parameters as not given, and takes booleans and their string forms", () => {
    expect(billingReportQuerySchema.parse({ ...range, clinicianId: "", payerId: " ", code: "", status: "", includeFlagged: "", bom: "" })).toEqual({
      ...range,
      status: "billable",
      includeFlagged: false,
      bom: false,
    });
    expect(billingReportQuerySchema.parse({ ...range, includeFlagged: true, bom: "false" })).toMatchObject({ includeFlagged: true, bom: false });
    expect(billingReportQuerySchema.parse({ ...range, status: "all" }).status).toBe("all");
  });

  it.each([
    ["90839", "90839"],
    ["+90833", "90833"],
    ["0001F", "0001F"],
    ["g0018", "G0018"],
  ])("accepts the code %j as %j", (code, expected) => {
    expect(billingReportQuerySchema.parse({ ...range, code }).code).toBe(expected);
  });

  it.each(["9083", "908399", "90839A", "GG001", "=1+2", "9O839"])("refuses the code %j", (code) => {
    expect(fieldErrorsOf(billingReportQuerySchema, { ...range, code })).toEqual({
      code: "Enter a 5-character CPT or HCPCS code, like 90839 or G0017.",
    });
  });

  it("asks for both dates", () => {
    expect(fieldErrorsOf(billingReportQuerySchema, {})).toEqual({ from: "Enter the start date.", to: "Enter the end date." });
    expect(fieldErrorsOf(billingReportQuerySchema, { from: "", to: " " })).toEqual({ from: "Enter the start date.", to: "Enter the end date." });
  });

  it.each(["2026-02-30", "03/01/2026", "2026-3-1", "2026-03-01T00:00"])("refuses the date %j, and judges no range with it", (date) => {
    expect(fieldErrorsOf(billingReportQuerySchema, { from: date, to: "2026-03-31" })).toEqual({ from: "Enter the start date as YYYY-MM-DD." });
    expect(fieldErrorsOf(billingReportQuerySchema, { from: "2026-03-01", to: date })).toEqual({ to: "Enter the end date as YYYY-MM-DD." });
  });

  it("refuses a start after the end, and accepts a single day", () => {
    expect(fieldErrorsOf(billingReportQuerySchema, { from: "2026-04-01", to: "2026-03-31" })).toEqual({
      from: "The start date must be on or before the end date.",
    });
    expect(billingReportQuerySchema.safeParse({ from: "2026-03-31", to: "2026-03-31" }).success).toBe(true);
  });

  it("refuses a range longer than 3 years", () => {
    expect(billingReportQuerySchema.safeParse({ from: "2023-01-01", to: "2025-12-31" }).success).toBe(true);
    expect(fieldErrorsOf(billingReportQuerySchema, { from: "2023-01-01", to: "2026-01-01" })).toEqual({ to: "A report covers at most 3 years." });
    expect(fieldErrorsOf(billingReportQuerySchema, { from: "2000-01-01", to: "2026-03-31" })).toEqual({ to: "A report covers at most 3 years." });
    // From a leap day, 3 years on is 1 March: the last day allowed is 28 February.
    expect(billingReportQuerySchema.safeParse({ from: "2024-02-29", to: "2027-02-28" }).success).toBe(true);
    expect(billingReportQuerySchema.safeParse({ from: "2024-02-29", to: "2027-03-01" }).success).toBe(false);
  });

  it("refuses an unknown status, a non-boolean flag and an oversized id", () => {
    expect(fieldErrorsOf(billingReportQuerySchema, { ...range, status: "paid" })).toEqual({ status: "Choose billable, flagged or all." });
    expect(fieldErrorsOf(billingReportQuerySchema, { ...range, bom: "maybe" })).toEqual({ bom: "Choose yes or no." });
    expect(fieldErrorsOf(billingReportQuerySchema, { ...range, includeFlagged: 2 })).toEqual({ includeFlagged: "Choose yes or no." });
    expect(fieldErrorsOf(billingReportQuerySchema, { ...range, clinicianId: "x".repeat(65) })).toEqual({ clinicianId: "That id is too long." });
  });
});
