import { describe, expect, it } from "vitest";
import { describeNextThreshold } from "@/lib/billing";
import { liveBilling } from "./live-billing";
import { effectiveNow, elapsedSeconds, formatHms, timerState } from "./timer";

const meta = { modality: "in_person", placeOfService: "11", clientAtHome: false, contactStart: "walk_in" } as const;
const at = (iso: string) => Date.parse(iso);

describe("timer state", () => {
  it("is idle without segments, running with an open one, paused otherwise", () => {
    expect(timerState([])).toBe("idle");
    expect(timerState([{ start: "2026-03-09T14:00:00Z", end: null }])).toBe("running");
    expect(timerState([{ start: "2026-03-09T14:00:00Z", end: "2026-03-09T14:10:00Z" }])).toBe("paused");
  });
});

describe("elapsed time", () => {
  const segments = [
    { start: "2026-03-09T14:00:00Z", end: "2026-03-09T14:10:30Z" },
    { start: "2026-03-09T14:20:00Z", end: null },
  ];

  it("sums ended segments and the running one up to now", () => {
    expect(elapsedSeconds(segments, at("2026-03-09T14:25:00Z"))).toBe(630 + 300);
  });

  it("never counts a running segment below zero when the device clock lags the server", () => {
    expect(effectiveNow(segments, at("2026-03-09T14:19:00Z"))).toBe(at("2026-03-09T14:20:00Z"));
    expect(elapsedSeconds(segments, at("2026-03-09T14:19:00Z"))).toBe(630);
  });

  it.each([
    [0, "0:00:00"],
    [59, "0:00:59"],
    [3909, "1:05:09"],
    [36000, "10:00:00"],
    [-5, "0:00:00"],
  ])("formats %i seconds as %s", (seconds, text) => {
    expect(formatHms(seconds)).toBe(text);
  });
});

describe("live billing", () => {
  it("bills a running 31-minute session as 90839 and points at 90840", () => {
    const live = liveBilling({ segments: [{ start: "2026-03-09T14:00:00Z", end: null }], timeZone: "America/New_York", nowMs: at("2026-03-09T14:31:05Z"), meta });
    expect(live.ok && live.result.totalMinutes).toBe(31);
    expect(live.ok && live.result.lines.map((l) => l.code)).toEqual(["90839"]);
    expect(live.ok && live.result.nextThreshold && describeNextThreshold(live.result.nextThreshold)).toBe("44 more minutes reaches 90840 ×1 at 75 minutes in total.");
  });

  it("does not throw when the device clock is behind the server's start", () => {
    const live = liveBilling({ segments: [{ start: "2026-03-09T14:00:00Z", end: null }], timeZone: "UTC", nowMs: at("2026-03-09T13:58:00Z"), meta });
    expect(live.ok && live.result.totalMinutes).toBe(0);
  });

  it("flags a pre-scheduled follow-up visit", () => {
    const live = liveBilling({
      segments: [{ start: "2026-03-09T14:00:00Z", end: "2026-03-09T14:40:00Z" }],
      timeZone: "UTC",
      nowMs: at("2026-03-09T15:00:00Z"),
      meta: { ...meta, contactStart: "scheduled_follow_up" },
    });
    expect(live.ok && live.result.warnings.map((w) => w.code)).toContain("SCHEDULED_VISIT");
  });

  it("returns the engine's message for overlapping segments instead of throwing", () => {
    const live = liveBilling({
      segments: [
        { start: "2026-03-09T14:00:00Z", end: "2026-03-09T14:40:00Z" },
        { start: "2026-03-09T14:30:00Z", end: "2026-03-09T14:50:00Z" },
      ],
      timeZone: "UTC",
      nowMs: at("2026-03-09T15:00:00Z"),
      meta,
    });
    expect(live.ok).toBe(false);
  });
});
