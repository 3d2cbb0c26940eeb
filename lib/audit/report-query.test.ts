import { describe, expect, it } from "vitest";
import { auditReportQuerySchema, auditReportSearch, hasFilters, instantRange } from "./report-query";

describe("the audit report's query", () => {
  it("reads empty fields as not given and defaults to newest first", () => {
    expect(auditReportQuerySchema.parse({ from: "", user: " ", action: "" })).toEqual({ sort: "time", dir: "desc", page: 1 });
  });

  it("refuses unknown actions, outcomes, columns, bad dates and a reversed range, with messages", () => {
    const problems = (input: Record<string, string>) => auditReportQuerySchema.safeParse(input).error?.issues.map((issue) => issue.message);
    expect(problems({ action: "drop.table" })).toEqual(["Choose an action from the list."]);
    expect(problems({ outcome: "maybe" })).toEqual(["Choose an outcome from the list."]);
    expect(problems({ sort: "hash" })).toEqual(["Choose a column to sort by."]);
    expect(problems({ from: "2026-02-30" })).toEqual(["Enter the start date as YYYY-MM-DD."]);
    expect(problems({ from: "2026-03-02", to: "2026-03-01" })).toEqual(["The start date must be on or before the end date."]);
  });

  it("turns practice-local dates into the instants that bound them, across a clock change", () => {
    // 8 March 2026: Chicago springs forward, so the day is 23 hours long.
    expect(instantRange({ from: "2026-03-08", to: "2026-03-08" }, "America/Chicago")).toEqual({ since: "2026-03-08T06:00:00.000Z", until: "2026-03-09T05:00:00.000Z" });
    expect(instantRange({}, "America/Chicago")).toEqual({});
  });

  it("writes short URLs of ids and keys only, defaults left out", () => {
    expect(auditReportSearch({ sort: "time", dir: "desc", page: 1 })).toBe("");
    expect(auditReportSearch({ user: "u-1", action: "auth.sign_in", sort: "action", dir: "asc", page: 2 })).toBe("?user=u-1&action=auth.sign_in&sort=action&dir=asc&page=2");
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ outcome: "denied" })).toBe(true);
  });
});
