import { describe, expect, it } from "vitest";

import {
  CRISIS_TIME_TABLE,
  EM_ADD_ON_CODES,
  NON_OFFICE_CRISIS_CODES,
  NON_OFFICE_CRISIS_TIME_TABLE,
  codesForMinutes,
  nextThresholdFor,
  thresholdFor,
  withCodes,
} from "./thresholds";
import type { TimeTable } from "./thresholds";

describe("CRISIS_TIME_TABLE (BILLING-RULES §2)", () => {
  it("starts at 0 and ascends, so every total has exactly one row", () => {
    expect(CRISIS_TIME_TABLE[0]?.fromMinutes).toBe(0);
    const starts = CRISIS_TIME_TABLE.map((row) => row.fromMinutes);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it.each([
    [0, [], "BELOW_MINIMUM"],
    [15, [], "BELOW_MINIMUM"],
    [16, ["90832×1"], "BELOW_CRISIS_MINIMUM"],
    [29, ["90832×1"], "BELOW_CRISIS_MINIMUM"],
    [30, ["90839×1"], undefined],
    [74, ["90839×1"], undefined],
    [75, ["90839×1", "90840×1"], undefined],
    [104, ["90839×1", "90840×1"], undefined],
    [105, ["90839×1", "90840×2"], undefined],
    [134, ["90839×1", "90840×2"], undefined],
    [135, ["90839×1", "90840×3"], undefined],
    [164, ["90839×1", "90840×3"], undefined],
    [165, ["90839×1", "90840×4"], undefined],
    [1000, ["90839×1", "90840×31"], undefined],
  ])("%i minutes bill %j with warning %s", (minutes, expected, warning) => {
    const lines = codesForMinutes(minutes).map((l) => `${l.code}×${l.units}`);
    expect(lines).toEqual(expected);
    expect(thresholdFor(minutes).warning).toBe(warning);
  });

  it("never hands out the table's own line objects (callers may mutate results)", () => {
    const first = codesForMinutes(30);
    first[0]!.units = 99;
    expect(codesForMinutes(30)[0]?.units).toBe(1);
  });
});

describe("nextThresholdFor (BILLING-RULES §2, next threshold)", () => {
  it.each([
    [0, 16, 16, "90832"],
    [15, 16, 1, "90832"],
    [16, 30, 14, "90839"],
    [29, 30, 1, "90839"],
    [30, 75, 45, "90840 ×1"],
    [68, 75, 7, "90840 ×1"],
    [74, 75, 1, "90840 ×1"],
    [75, 105, 30, "90840 ×2"],
    [80, 105, 25, "90840 ×2"],
    [104, 105, 1, "90840 ×2"],
    [105, 135, 30, "90840 ×3"],
    [134, 135, 1, "90840 ×3"],
    [135, 165, 30, "90840 ×4"],
  ])("at %i minutes the next threshold is %i (%i to go), adding %s", (m, at, toGo, adds) => {
    expect(nextThresholdFor(m)).toEqual({ atMinutes: at, minutesToGo: toGo, adds });
  });

  it("reaching the announced threshold really changes the lines", () => {
    for (let m = 0; m < 400; m += 1) {
      const next = nextThresholdFor(m);
      expect(next).not.toBeNull();
      const at = next?.atMinutes ?? 0;
      expect(codesForMinutes(at)).not.toEqual(codesForMinutes(m));
      expect(codesForMinutes(at - 1)).toEqual(codesForMinutes(m));
    }
  });

  it("returns null when a finite table has no further row", () => {
    const finite: TimeTable = [
      { fromMinutes: 0, lines: [] },
      { fromMinutes: 20, lines: [{ code: "X1", units: 1 }] },
    ];
    expect(nextThresholdFor(5, finite)).toEqual({ atMinutes: 20, minutesToGo: 15, adds: "X1" });
    expect(nextThresholdFor(20, finite)).toBeNull();
  });
});

describe("NON_OFFICE_CRISIS_TIME_TABLE (BILLING-RULES §8, Medicare G-codes)", () => {
  it.each([
    [15, []],
    [16, ["90832×1"]],
    [29, ["90832×1"]],
    [30, ["G0017×1"]],
    [74, ["G0017×1"]],
    [75, ["G0017×1", "G0018×1"]],
    [104, ["G0017×1", "G0018×1"]],
    [105, ["G0017×1", "G0018×2"]],
    [134, ["G0017×1", "G0018×2"]],
    [135, ["G0017×1", "G0018×3"]],
  ])("%i minutes bill %j", (minutes, expected) => {
    expect(codesForMinutes(minutes, NON_OFFICE_CRISIS_TIME_TABLE).map((l) => `${l.code}×${l.units}`)).toEqual(expected);
  });

  it("has the CPT table's thresholds and warnings, with only the crisis codes replaced", () => {
    expect(NON_OFFICE_CRISIS_TIME_TABLE.map((row) => [row.fromMinutes, row.warning])).toEqual(
      CRISIS_TIME_TABLE.map((row) => [row.fromMinutes, row.warning]),
    );
    expect(NON_OFFICE_CRISIS_TIME_TABLE.at(-1)?.repeat).toEqual({ code: "G0018", everyMinutes: 30 });
    expect(NON_OFFICE_CRISIS_CODES).toEqual({ "90839": "G0017", "90840": "G0018" });
  });

  it.each([
    [0, 16, "90832"],
    [29, 30, "G0017"],
    [74, 75, "G0018 ×1"],
    [104, 105, "G0018 ×2"],
  ])("at %i minutes the next threshold is %i, adding %s", (minutes, at, adds) => {
    expect(nextThresholdFor(minutes, NON_OFFICE_CRISIS_TIME_TABLE)).toEqual({ atMinutes: at, minutesToGo: at - minutes, adds });
  });
});

describe("withCodes", () => {
  it("puts +90833 in place of 90832 for a day with an E/M visit (BILLING-RULES §8)", () => {
    const table = withCodes(CRISIS_TIME_TABLE, EM_ADD_ON_CODES);
    expect(codesForMinutes(20, table)).toEqual([{ code: "90833", units: 1 }]);
    expect(codesForMinutes(30, table)).toEqual([{ code: "90839", units: 1 }]);
    expect(nextThresholdFor(0, table)).toEqual({ atMinutes: 16, minutesToGo: 16, adds: "90833" });
  });

  it("chains, and leaves the table it starts from untouched", () => {
    const before = structuredClone(CRISIS_TIME_TABLE);
    const both = withCodes(withCodes(CRISIS_TIME_TABLE, NON_OFFICE_CRISIS_CODES), EM_ADD_ON_CODES);
    expect(codesForMinutes(20, both)).toEqual([{ code: "90833", units: 1 }]);
    expect(codesForMinutes(80, both)).toEqual([{ code: "G0017", units: 1 }, { code: "G0018", units: 1 }]);
    expect(CRISIS_TIME_TABLE).toEqual(before);
  });

  it("ignores names an object has by inheritance", () => {
    const table: TimeTable = [{ fromMinutes: 0, lines: [{ code: "toString", units: 1 }] }];
    expect(codesForMinutes(0, withCodes(table, {}))).toEqual([{ code: "toString", units: 1 }]);
  });
});
