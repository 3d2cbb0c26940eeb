import { describe, expect, it } from "vitest";

import { parseInstant } from "./instants";

describe("parseInstant (BILLING-RULES §7: ISO 8601 instants with offset)", () => {
  it.each([
    ["2026-03-09T10:00:00Z", "2026-03-09T10:00:00.000Z"],
    ["2026-03-09T10:00:00z", "2026-03-09T10:00:00.000Z"],
    ["2026-03-09T10:00Z", "2026-03-09T10:00:00.000Z"],
    ["2026-03-09T10:00:00.250Z", "2026-03-09T10:00:00.250Z"],
    ["2026-03-09T05:00:00-05:00", "2026-03-09T10:00:00.000Z"],
    ["2026-03-09T19:00:00+0900", "2026-03-09T10:00:00.000Z"],
    ["2026-03-09T15:30:00+05:30", "2026-03-09T10:00:00.000Z"],
    ["2026-03-09T11:00:00+01", "2026-03-09T10:00:00.000Z"],
    [" 2026-03-09T10:00:00Z ", "2026-03-09T10:00:00.000Z"],
  ])("reads %j as %s", (text, expected) => {
    const parsed = parseInstant(text);
    expect(parsed).toEqual({ ok: true, epochMs: Date.parse(expected) });
  });

  it.each(["2026-03-09T10:00:00", "2026-03-09T10:00", "2026-03-09T10:00:00.5"])(
    "refuses %j as having no offset",
    (text) => {
      expect(parseInstant(text)).toEqual({ ok: false, problem: "missing_offset" });
    },
  );

  it.each([
    "",
    "yesterday",
    "2026-03-09",
    "2026-03-09-05:00",
    "2026-02-30T10:00:00Z",
    "2026-13-01T10:00:00Z",
    "2026-03-09T25:00:00Z",
    "2026-03-09T10:61:00Z",
    "2026-03-09 10:00:00Z",
    "1741514400000",
    null,
    1741514400000,
  ])("refuses %j as not a date and time", (value) => {
    expect(parseInstant(value)).toEqual({ ok: false, problem: "invalid" });
  });
});
