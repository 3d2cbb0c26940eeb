import { describe, expect, it } from "vitest";

import { addDays, daysBetween, isCalendarDate, isoWeekday, mondayOf, monthOf, utcDateOf } from "./calendar";

describe("calendar dates", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("counts whole days, including across a daylight-saving change", () => {
    expect(daysBetween("2026-03-07", "2026-03-10")).toBe(3);
    expect(daysBetween("2026-03-10", "2026-03-07")).toBe(-3);
    expect(daysBetween("2025-12-30", "2026-01-02")).toBe(3);
  });

  it("knows the ISO weekday and the Monday of a week", () => {
    expect(isoWeekday("2026-03-09")).toBe(1); // a Monday
    expect(isoWeekday("2026-03-15")).toBe(7); // a Sunday
    expect(isoWeekday("1970-01-01")).toBe(4);
    expect(isoWeekday("1969-12-29")).toBe(1);
    expect(mondayOf("2026-03-15")).toBe("2026-03-09");
    expect(mondayOf("2026-01-01")).toBe("2025-12-29");
  });

  it("gives a month's first and last days, also for months before or after", () => {
    expect(monthOf("2026-02-14")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(monthOf("2028-02-29")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(monthOf("2026-01-31", -1)).toEqual({ from: "2025-12-01", to: "2025-12-31" });
    expect(monthOf("2026-03-31", -1)).toEqual({ from: "2026-02-01", to: "2026-02-28" });
  });

  it.each(["2026-02-30", "2026-13-01", "2026-1-01", "20260101", "", "2026-03-09T00:00:00Z"])("refuses %j", (value) => {
    expect(isCalendarDate(value)).toBe(false);
    expect(() => addDays(value, 1)).toThrow(RangeError);
  });

  it("reads the UTC date of an instant, whatever its offset", () => {
    expect(utcDateOf("2026-03-09T23:30:00-05:00")).toBe("2026-03-10");
    expect(utcDateOf("2026-03-09T12:00:00.000Z")).toBe("2026-03-09");
    expect(utcDateOf("not a time")).toBeNull();
  });
});
