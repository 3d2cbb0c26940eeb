import { describe, expect, it } from "vitest";

import { computeCrisisBilling } from "./compute";
import { codes, isoAt, seg } from "./test-support";

const UTC = { timeZone: "UTC" } as const;

describe("computeCrisisBilling: minutes to codes (BILLING-RULES §1–2)", () => {
  it.each([
    [15, [], ["BELOW_MINIMUM"]],
    [16, ["90832×1"], ["BELOW_CRISIS_MINIMUM"]],
    [29, ["90832×1"], ["BELOW_CRISIS_MINIMUM"]],
    [30, ["90839×1"], []],
    [74, ["90839×1"], []],
    [75, ["90839×1", "90840×1"], []],
    [104, ["90839×1", "90840×1"], []],
    [105, ["90839×1", "90840×2"], []],
    [134, ["90839×1", "90840×2"], []],
    [135, ["90839×1", "90840×3"], []],
  ])("a %i-minute session bills %j", (minutes, expected, warnings) => {
    const result = computeCrisisBilling({ ...UTC, segments: [seg(0, minutes * 60)] });
    expect(result.totalMinutes).toBe(minutes);
    expect(codes(result.lines)).toEqual(expected);
    expect(result.warnings.map((w) => w.code)).toEqual(warnings);
  });

  it("does not count 59.9 seconds as a minute", () => {
    const end = new Date(Date.parse(isoAt(0)) + 59_900).toISOString();
    const result = computeCrisisBilling({ ...UTC, segments: [{ start: isoAt(0), end }] });
    expect(result.totalMinutes).toBe(0);
  });

  it("sums seconds across segments before flooring: 29m40s + 0m30s = 30 minutes", () => {
    const segments = [seg(0, 29 * 60 + 40), seg(3600, 3600 + 30)];
    const result = computeCrisisBilling({ ...UTC, segments });
    expect(result.totalMinutes).toBe(30);
    expect(codes(result.lines)).toEqual(["90839×1"]);
  });

  it("floors only once: 29m59s is still 29 minutes", () => {
    const result = computeCrisisBilling({ ...UTC, segments: [seg(0, 29 * 60 + 59)] });
    expect(result.totalMinutes).toBe(29);
    expect(codes(result.lines)).toEqual(["90832×1"]);
  });

  it("adds up split segments with gaps between them", () => {
    const segments = [seg(0, 20 * 60), seg(45 * 60, 85 * 60), seg(120 * 60, 135 * 60)];
    const result = computeCrisisBilling({ ...UTC, segments });
    expect(result.totalMinutes).toBe(75);
    expect(codes(result.lines)).toEqual(["90839×1", "90840×1"]);
  });

  it("accepts segments that touch end to start", () => {
    const result = computeCrisisBilling({ ...UTC, segments: [seg(0, 600), seg(600, 1800)] });
    expect(result.totalMinutes).toBe(30);
  });

  it("puts modifiers and place of service on every line", () => {
    const result = computeCrisisBilling({
      ...UTC,
      segments: [seg(0, 80 * 60)],
      modality: "video",
      clientAtHome: true,
    });
    expect(result.lines).toEqual([
      { code: "90839", units: 1, modifiers: ["95"], placeOfService: "10" },
      { code: "90840", units: 1, modifiers: ["95"], placeOfService: "10" },
    ]);
    expect(result.lines[0]?.modifiers).not.toBe(result.lines[1]?.modifiers);
  });

  it("reports the next threshold while the session runs", () => {
    const running = { start: isoAt(0), end: null };
    expect(computeCrisisBilling({ ...UTC, segments: [running], now: isoAt(68 * 60) }).nextThreshold)
      .toEqual({ atMinutes: 75, minutesToGo: 7, adds: "90840 ×1" });
    expect(computeCrisisBilling({ ...UTC, segments: [running], now: isoAt(80 * 60) }).nextThreshold)
      .toEqual({ atMinutes: 105, minutesToGo: 25, adds: "90840 ×2" });
    expect(computeCrisisBilling({ ...UTC, segments: [running], now: isoAt(0) }).nextThreshold)
      .toEqual({ atMinutes: 16, minutesToGo: 16, adds: "90832" });
  });

  it("with no segments bills nothing, warns BELOW_MINIMUM and has no next threshold", () => {
    expect(computeCrisisBilling({ ...UTC, segments: [] })).toEqual({
      totalMinutes: 0,
      lines: [],
      warnings: [{ code: "BELOW_MINIMUM", message: expect.stringContaining("16 minutes") }],
      nextThreshold: null,
    });
  });

  it("explains a short session in plain words", () => {
    const result = computeCrisisBilling({ ...UTC, segments: [seg(0, 20 * 60)] });
    expect(result.warnings[0]?.message).toBe(
      "20 minutes of crisis time counted; crisis codes need at least 30 minutes, so this is billed as 30-minute psychotherapy (90832).",
    );
  });

  it("does not modify its input", () => {
    const input = { ...UTC, segments: [seg(600, 1800), seg(0, 300)], sameDayCodes: ["90834"] };
    const copy = structuredClone(input);
    computeCrisisBilling(input);
    expect(input).toEqual(copy);
  });
});

describe("computeCrisisBilling: running segments (BILLING-RULES §7)", () => {
  it("measures a running segment up to `now`", () => {
    const segments = [seg(0, 600), { start: isoAt(900), end: null }];
    const result = computeCrisisBilling({ ...UTC, segments, now: isoAt(900 + 20 * 60) });
    expect(result.totalMinutes).toBe(30);
  });

  it("counts a segment started exactly at `now` as zero time", () => {
    const result = computeCrisisBilling({
      ...UTC,
      segments: [{ start: isoAt(0), end: null }],
      now: isoAt(0),
    });
    expect(result.totalMinutes).toBe(0);
  });

  it("ignores `now` when every segment has ended", () => {
    const result = computeCrisisBilling({ ...UTC, segments: [seg(0, 1800)], now: isoAt(99_999) });
    expect(result.totalMinutes).toBe(30);
  });
});
