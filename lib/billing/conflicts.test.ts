import { describe, expect, it } from "vitest";

import { computeCrisisBilling } from "./compute";
import {
  CPT_SAME_DAY_RULES,
  PAYER_SAME_DAY_RULES,
  PSYCHOTHERAPY_CONFLICT_CODES,
  SAME_DAY_CONFLICT_CODES,
  conflictingCodes,
  emCodesIn,
  isEmCode,
  sameDayConflict,
} from "./conflicts";
import { seg } from "./test-support";

const CRISIS_HOUR = { timeZone: "UTC", segments: [seg(0, 60 * 60)] };

function warningCodes(result: ReturnType<typeof computeCrisisBilling>): string[] {
  return result.warnings.map((w) => w.code);
}

describe("same-day conflicts (BILLING-RULES §4)", () => {
  it.each([...SAME_DAY_CONFLICT_CODES])("%s billed the same day triggers SAME_DAY_CONFLICT", (code) => {
    const result = computeCrisisBilling({ ...CRISIS_HOUR, sameDayCodes: [code] });
    expect(result.warnings).toEqual([
      {
        code: "SAME_DAY_CONFLICT",
        message: `${code} was billed for this client on the same date; the same clinician cannot report it together with 90839/90840.`,
      },
    ]);
  });

  it("lists exactly the codes of the contract", () => {
    expect([...SAME_DAY_CONFLICT_CODES].sort()).toEqual(
      [
        "90791", "90792", "90832", "90833", "90834", "90835", "90836", "90837", "90838", "90785",
        "90845", "90846", "90847", "90849", "90853", "90863", "90865", "90867", "90868", "90869",
      ].sort(),
    );
  });

  it.each(["99213", "90839", "90840", "90801", "9083", ""])("%j is not a conflict", (code) => {
    expect(warningCodes(computeCrisisBilling({ ...CRISIS_HOUR, sameDayCodes: [code] }))).toEqual([]);
  });

  it("compares trimmed, upper-cased codes and names each conflict once", () => {
    expect(conflictingCodes([" 90834 ", "90834", "99213", "90785\n", "90791"])).toEqual([
      "90834",
      "90785",
      "90791",
    ]);
    const result = computeCrisisBilling({ ...CRISIS_HOUR, sameDayCodes: ["90834", " 90791"] });
    expect(result.warnings[0]?.message).toMatch(/^90834, 90791 were billed .* report them together/);
  });

  it("only warns when the result holds a crisis code", () => {
    const short = computeCrisisBilling({
      timeZone: "UTC",
      segments: [seg(0, 20 * 60)],
      sameDayCodes: ["90834"],
    });
    expect(warningCodes(short)).toEqual(["BELOW_CRISIS_MINIMUM"]);
  });

  it("accepts no same-day codes at all", () => {
    expect(conflictingCodes(undefined)).toEqual([]);
    expect(conflictingCodes([])).toEqual([]);
  });
});

describe("scheduled visit (BILLING-RULES §4)", () => {
  it("warns SCHEDULED_VISIT for a pre-scheduled routine visit", () => {
    const result = computeCrisisBilling({ ...CRISIS_HOUR, scheduledVisit: true });
    expect(result.warnings).toEqual([
      { code: "SCHEDULED_VISIT", message: expect.stringMatching(/unscheduled, urgent need/) },
    ]);
    expect(result.lines.map((l) => l.code)).toEqual(["90839"]);
  });

  it("says a scheduled visit fits crisis codes only when a genuine crisis arose (BILLING-RULES §8)", () => {
    const result = computeCrisisBilling({ ...CRISIS_HOUR, scheduledVisit: true });
    expect(result.warnings[0]?.message).toBe(
      "This contact is marked as a pre-scheduled visit. Crisis codes are meant for unscheduled, urgent need: they fit a scheduled visit only when a genuine crisis arose during it, and the note must say why.",
    );
  });

  it("does not warn for an unscheduled contact", () => {
    expect(warningCodes(computeCrisisBilling({ ...CRISIS_HOUR, scheduledVisit: false }))).toEqual([]);
  });

  it("orders warnings: time table, midnight, conflict, scheduled", () => {
    const result = computeCrisisBilling({
      timeZone: "UTC",
      segments: [{ start: "2026-03-09T23:40:00Z", end: "2026-03-10T00:30:00Z" }],
      sameDayCodes: ["90837"],
      scheduledVisit: true,
    });
    expect(warningCodes(result)).toEqual(["BELOW_CRISIS_MINIMUM", "CROSSES_MIDNIGHT", "SCHEDULED_VISIT"]);
    const long = computeCrisisBilling({
      timeZone: "UTC",
      segments: [{ start: "2026-03-09T23:00:00Z", end: "2026-03-10T00:30:00Z" }],
      sameDayCodes: ["90837"],
      scheduledVisit: true,
    });
    expect(warningCodes(long)).toEqual(["CROSSES_MIDNIGHT", "SAME_DAY_CONFLICT", "SCHEDULED_VISIT"]);
  });
});

describe("same-day rules per billed code (BILLING-RULES §8)", () => {
  it("lists 90791, 90792, 90846, 90847 and every 90832–90838 against 30-minute psychotherapy", () => {
    expect([...PSYCHOTHERAPY_CONFLICT_CODES].sort()).toEqual(
      ["90791", "90792", "90832", "90833", "90834", "90835", "90836", "90837", "90838", "90846", "90847"],
    );
  });

  it.each([
    [["90832"], ["90791"], { codes: ["90791"], against: "90832" }],
    [["90833"], ["99213", "90836"], { codes: ["90836"], against: "+90833" }],
    [["90839"], ["90785"], { codes: ["90785"], against: "90839/90840" }],
    [["G0017", "G0018"], ["90853"], { codes: ["90853"], against: "G0017/G0018" }],
    [["90832"], ["90785", "90853", "99213"], null],
    [["90832"], undefined, null],
    [[], ["90791"], null],
  ])("lines %j with same-day %j → %j", (lineCodes, sameDay, expected) => {
    expect(sameDayConflict(lineCodes, sameDay, PAYER_SAME_DAY_RULES)).toEqual(expected);
  });

  it("without a payer only crisis lines are checked", () => {
    expect(sameDayConflict(["90832"], ["90791"], CPT_SAME_DAY_RULES)).toBeNull();
    expect(sameDayConflict(["90839"], ["90791"], CPT_SAME_DAY_RULES)).toEqual({ codes: ["90791"], against: "90839/90840" });
  });
});

describe("E/M codes (BILLING-RULES §8)", () => {
  it.each(["99202", "99215", "99221", "99239", "99281", "99285", "99304", "99350", " 99213 "])("%j is an E/M code", (code) => {
    expect(isEmCode(code)).toBe(true);
  });

  it.each(["99201", "99216", "99220", "99240", "99280", "99286", "99303", "99351", "90832", "9921", "992133", "99213-25", "", "abc"])(
    "%j is not",
    (code) => {
      expect(isEmCode(code)).toBe(false);
    },
  );

  it("finds the E/M codes among the same-day codes, each once", () => {
    expect(emCodesIn(["90791", "99213", " 99213", "99232"])).toEqual(["99213", "99232"]);
    expect(emCodesIn(undefined)).toEqual([]);
  });
});
