import { describe, expect, it } from "vitest";

import { computeCrisisBilling } from "./compute";
import type { SegmentInput } from "./types";

const NY = "America/New_York";

function session(start: string, end: string): SegmentInput[] {
  return [{ start, end }];
}

function crossWarning(result: ReturnType<typeof computeCrisisBilling>) {
  return result.warnings.find((w) => w.code === "CROSSES_MIDNIGHT");
}

describe("date of service and local midnight (BILLING-RULES §1)", () => {
  it("drops the minutes after local midnight and says how many", () => {
    const result = computeCrisisBilling({
      timeZone: NY,
      segments: session("2026-03-09T23:40:00-04:00", "2026-03-10T00:25:00-04:00"),
    });
    expect(result.totalMinutes).toBe(20);
    expect(crossWarning(result)?.message).toBe(
      "25 minutes of this time fell outside the date of service (2026-03-09, America/New_York) and were not counted.",
    );
  });

  it("counts the minutes the clip costs, not the raw seconds left out", () => {
    // 29m40s before midnight + 30s after: 30 billable minutes become 29.
    const result = computeCrisisBilling({
      timeZone: "UTC",
      segments: session("2026-03-09T23:30:20Z", "2026-03-10T00:00:30Z"),
    });
    expect(result.totalMinutes).toBe(29);
    expect(crossWarning(result)?.message).toMatch(/^1 minute of this time .* was not counted\.$/);
  });

  it("still warns when less than a minute falls outside", () => {
    const result = computeCrisisBilling({
      timeZone: "UTC",
      segments: session("2026-03-09T23:20:00Z", "2026-03-10T00:00:10Z"),
    });
    expect(result.totalMinutes).toBe(40);
    expect(crossWarning(result)?.message).toMatch(/^Less than a minute .* was not counted\.$/);
  });

  it("takes the date of the earliest start whatever the segment order", () => {
    const result = computeCrisisBilling({
      timeZone: NY,
      segments: [
        { start: "2026-03-10T00:10:00-04:00", end: "2026-03-10T00:40:00-04:00" },
        { start: "2026-03-09T23:30:00-04:00", end: "2026-03-09T23:50:00-04:00" },
      ],
    });
    expect(result.totalMinutes).toBe(20);
    expect(crossWarning(result)?.message).toMatch(/^30 minutes .*2026-03-09/);
  });

  it("counts only the given date of service, and warns about the rest", () => {
    const result = computeCrisisBilling({
      timeZone: NY,
      dateOfService: "2026-03-10",
      segments: session("2026-03-09T23:40:00-04:00", "2026-03-10T00:25:00-04:00"),
    });
    expect(result.totalMinutes).toBe(25);
    expect(crossWarning(result)?.message).toMatch(/^20 minutes .*2026-03-10/);
  });

  it("has no CROSSES_MIDNIGHT warning for a session ending exactly at midnight", () => {
    const result = computeCrisisBilling({
      timeZone: NY,
      segments: session("2026-03-09T23:00:00-04:00", "2026-03-10T00:00:00-04:00"),
    });
    expect(result.totalMinutes).toBe(60);
    expect(crossWarning(result)).toBeUndefined();
  });
});

describe("DST in America/New_York", () => {
  it("spring forward: 01:30 EST to 03:30 EDT on 8 March 2026 is 60 minutes", () => {
    const result = computeCrisisBilling({
      timeZone: NY,
      segments: session("2026-03-08T01:30:00-05:00", "2026-03-08T03:30:00-04:00"),
    });
    expect(result.totalMinutes).toBe(60);
    expect(result.warnings).toEqual([]);
  });

  it("fall back: 01:30 EDT to 01:30 EST on 1 November 2026 is 60 minutes", () => {
    const result = computeCrisisBilling({
      timeZone: NY,
      segments: session("2026-11-01T01:30:00-04:00", "2026-11-01T01:30:00-05:00"),
    });
    expect(result.totalMinutes).toBe(60);
    expect(result.warnings).toEqual([]);
  });

  it("the 25-hour fall-back day ends at local midnight, not 24 hours after it started", () => {
    const result = computeCrisisBilling({
      timeZone: NY,
      segments: session("2026-11-01T23:30:00-05:00", "2026-11-02T00:30:00-05:00"),
    });
    expect(result.totalMinutes).toBe(30);
    expect(crossWarning(result)?.message).toMatch(/^30 minutes .*2026-11-01/);
  });

  it("the 25-hour day starts at its own local midnight (EDT)", () => {
    const result = computeCrisisBilling({
      timeZone: NY,
      dateOfService: "2026-11-01",
      segments: session("2026-10-31T23:50:00-04:00", "2026-11-01T00:40:00-04:00"),
    });
    expect(result.totalMinutes).toBe(40);
  });

  it("the 23-hour spring-forward day ends at local midnight", () => {
    const result = computeCrisisBilling({
      timeZone: NY,
      segments: session("2026-03-08T23:30:00-04:00", "2026-03-09T00:30:00-04:00"),
    });
    expect(result.totalMinutes).toBe(30);
    expect(crossWarning(result)?.message).toMatch(/^30 minutes/);
  });
});

describe("a day whose midnight does not exist", () => {
  // America/Santiago springs forward at 00:00 on 6 September 2026: that day starts at 01:00.
  const segments = session("2026-09-05T23:30:00-04:00", "2026-09-06T01:30:00-03:00");

  it("ends the previous day at the jump", () => {
    const result = computeCrisisBilling({ timeZone: "America/Santiago", segments });
    expect(result.totalMinutes).toBe(30);
    expect(crossWarning(result)?.message).toMatch(/^30 minutes .*2026-09-05/);
  });

  it("starts the day at its first instant, 01:00", () => {
    const result = computeCrisisBilling({
      timeZone: "America/Santiago",
      dateOfService: "2026-09-06",
      segments,
    });
    expect(result.totalMinutes).toBe(30);
  });
});

describe("zones either side of UTC", () => {
  it("America/Los_Angeles: 2026-03-10T06:30Z is still 9 March locally", () => {
    const result = computeCrisisBilling({
      timeZone: "America/Los_Angeles",
      segments: session("2026-03-10T06:30:00Z", "2026-03-10T07:30:00Z"),
    });
    // 23:30–00:30 PDT: half of it is on 9 March.
    expect(result.totalMinutes).toBe(30);
    expect(crossWarning(result)?.message).toMatch(/2026-03-09, America\/Los_Angeles/);
  });

  it("Asia/Tokyo: 2026-03-09T15:30Z is already 10 March locally", () => {
    const result = computeCrisisBilling({
      timeZone: "Asia/Tokyo",
      segments: session("2026-03-09T15:30:00Z", "2026-03-09T16:30:00Z"),
    });
    expect(result.totalMinutes).toBe(60);
    expect(result.warnings).toEqual([]);
    const clipped = computeCrisisBilling({
      timeZone: "Asia/Tokyo",
      segments: session("2026-03-09T14:30:00Z", "2026-03-09T15:30:00Z"),
    });
    expect(clipped.totalMinutes).toBe(30);
    expect(crossWarning(clipped)?.message).toMatch(/2026-03-09, Asia\/Tokyo/);
  });

  it("Australia/Sydney fall back: 01:30 AEDT to 02:30 AEST on 5 April 2026 is 120 minutes", () => {
    const result = computeCrisisBilling({
      timeZone: "Australia/Sydney",
      segments: session("2026-04-05T01:30:00+11:00", "2026-04-05T02:30:00+10:00"),
    });
    expect(result.totalMinutes).toBe(120);
    expect(result.warnings).toEqual([]);
  });

  it("reads instants in any offset against the practice zone", () => {
    const result = computeCrisisBilling({
      timeZone: NY,
      segments: session("2026-03-10T03:30:00Z", "2026-03-10T13:30:00+09:00"),
    });
    // 23:30–00:00 EDT on 9 March count; the 30 minutes after midnight do not.
    expect(result.totalMinutes).toBe(30);
    expect(crossWarning(result)?.message).toMatch(/^30 minutes .*2026-03-09/);
  });
});
