import { describe, expect, it } from "vitest";
import { LocalTimeError, localDateOf, localToInstant, startOfLocalWeek } from "./local";
import { wallClockLocal } from "./wall-clock";

describe("practice-local times", () => {
  it.each([
    ["2026-01-15T09:30", "America/New_York", "2026-01-15T14:30:00.000Z"],
    ["2026-07-15T09:30", "America/New_York", "2026-07-15T13:30:00.000Z"],
    ["2026-07-15T09:30", "Asia/Tokyo", "2026-07-15T00:30:00.000Z"],
  ])("%s in %s is %s", (local, zone, iso) => {
    expect(localToInstant(local, zone)).toBe(iso);
    expect(wallClockLocal(iso, zone)).toBe(local);
  });

  it("refuses a wall-clock time skipped by the spring-forward change", () => {
    expect(() => localToInstant("2026-03-08T02:30", "America/New_York")).toThrow(LocalTimeError);
  });

  it("reads the repeated fall-back hour as its standard-time occurrence", () => {
    expect(localToInstant("2026-11-01T01:30", "America/New_York")).toBe("2026-11-01T06:30:00.000Z");
  });

  it("refuses malformed input", () => {
    expect(() => localToInstant("2026-02-30T10:00", "UTC")).toThrow(LocalTimeError);
    expect(() => localToInstant("soon", "UTC")).toThrow(LocalTimeError);
  });

  it("gives the local date of an instant, which differs from the UTC date west of UTC", () => {
    expect(localDateOf("2026-03-10T03:30:00.000Z", "America/Los_Angeles")).toBe("2026-03-09");
    expect(localDateOf("2026-03-10T03:30:00.000Z", "Asia/Tokyo")).toBe("2026-03-10");
  });

  it("starts the week on Monday in the practice zone", () => {
    expect(startOfLocalWeek(new Date("2026-11-29T12:00:00Z"), "America/New_York")).toBe("2026-11-23");
  });
});
