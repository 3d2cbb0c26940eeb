import { describe, expect, it } from "vitest";
import { getGuidance, guidanceEntries, guidanceEntrySchema, listGuidanceCodes } from "./index";
import type { GuidanceEntry } from "./index";

function entry(code: string): GuidanceEntry {
  const found = getGuidance(code);
  if (!found) throw new Error(`no guidance for ${code}`);
  return found;
}

// Expected CPT time ranges — domain-research.md §1.2, BILLING-RULES.md §2; family codes by the
// midpoint rule on a 50-minute service (§1.3). Medicare's G0017/G0018 keep the 90839/90840
// thresholds (BILLING-RULES.md §8).
const TIMED: Record<string, [number, number | null]> = {
  "90832": [16, 37],
  "90833": [16, 37],
  "90834": [38, 52],
  "90836": [38, 52],
  "90837": [53, null],
  "90838": [53, null],
  "90839": [30, 74],
  "90840": [75, null],
  "90846": [26, null],
  "90847": [26, null],
  G0017: [30, 74],
  G0018: [75, null],
};
const UNTIMED = ["90785", "90791", "90792", "90853"];
const CRISIS = ["90839", "90840", "G0017", "G0018"];

describe("guidance library", () => {
  it("covers exactly the agreed codes, in ascending order", () => {
    const expected = [...Object.keys(TIMED), ...UNTIMED].sort();
    expect(listGuidanceCodes()).toEqual(expected);
  });

  it.each(guidanceEntries.map((e) => [e.code, e] as const))("%s passes the schema", (_code, e) => {
    const result = guidanceEntrySchema.safeParse(e);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("has unique codes", () => {
    const codes = listGuidanceCodes();
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("only lists similar codes that exist and are not the entry itself", () => {
    const known = new Set(listGuidanceCodes());
    for (const e of guidanceEntries) {
      expect(e.similarCodes, e.code).not.toContain(e.code);
      for (const code of e.similarCodes) expect(known.has(code), `${e.code} → ${code}`).toBe(true);
    }
  });

  it.each(Object.entries(TIMED))("%s has its time range", (code, [min, max]) => {
    const range = entry(code).timeRange;
    expect(range).toBeDefined();
    expect(range?.minMinutes).toBe(min);
    expect(range?.maxMinutes).toBe(max);
  });

  it.each(UNTIMED)("%s (untimed) has no time range", (code) => {
    expect(entry(code).timeRange).toBeUndefined();
  });

  it("puts only the crisis codes (90839, 90840 and Medicare's G0017, G0018) in the crisis category", () => {
    expect(guidanceEntries.filter((e) => e.category === "crisis").map((e) => e.code)).toEqual(CRISIS);
  });

  it("uses short plain names", () => {
    for (const e of guidanceEntries) expect(e.name.length, e.code).toBeLessThanOrEqual(80);
    expect(entry("90839").name).toBe("Psychotherapy for crisis, first 60 minutes (30–74 min)");
  });

  it("asks for the client to be present for all or most of individual psychotherapy time", () => {
    for (const code of ["90832", "90834", "90837"]) {
      const notes = entry(code).payerNotes.join("\n");
      expect(notes, code).toContain("present for all or most of the psychotherapy time");
      expect(notes, code).not.toContain("all or part");
    }
  });

  it("finds codes with a leading + or spaces, and nothing for unknown codes", () => {
    expect(getGuidance(" +90840 ")?.code).toBe("90840");
    expect(getGuidance("g0017")?.code).toBe("G0017");
    expect(getGuidance(" +G0018 ")?.code).toBe("G0018");
    expect(getGuidance("99999")).toBeUndefined();
    expect(getGuidance("")).toBeUndefined();
  });

  it("is frozen so that cited content cannot change at runtime", () => {
    const e = entry("90839");
    expect(Object.isFrozen(guidanceEntries)).toBe(true);
    expect(Object.isFrozen(e.indications)).toBe(true);
    expect(() => Reflect.apply(Array.prototype.push, e.indications, ["x"])).toThrow(TypeError);
  });

  it("does not reproduce CPT descriptor or reference-page prose", () => {
    const banned = [
      "list separately in addition to code for primary service",
      "urgent assessment and history of a crisis state",
      "mobilization of resources to defuse the crisis",
      "minimize the potential for psychological trauma",
      "designed to provide immediate support and coping strategies",
      "the therapist begins by creating a safe and supportive environment",
      // HCPCS G0017/G0018 descriptor wording
      "any place of service at which the non-facility rate",
      "furnished in an applicable site of service",
    ];
    const all = JSON.stringify(guidanceEntries).toLowerCase();
    for (const phrase of banned) expect(all, phrase).not.toContain(phrase);
  });
});
