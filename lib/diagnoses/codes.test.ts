import { describe, expect, it } from "vitest";
import { DIAGNOSES, DIAGNOSIS_GROUPS, ICD10CM_CHAPTERS, ICD10CM_EDITION } from "./codes";
import { normalizeIcd10Cm } from "./format";

const codes = DIAGNOSES.map((d) => d.code);

// Chapter by first letter, for the letters the list uses.
const CHAPTER_OF_LETTER: Record<string, number> = { F: 5, R: 18, T: 19, Z: 21 };

describe("the curated ICD-10-CM list", () => {
  it("has a sensible size for a crisis picker", () => {
    expect(DIAGNOSES.length).toBeGreaterThanOrEqual(100);
    expect(DIAGNOSES.length).toBeLessThanOrEqual(160);
  });

  it("has unique codes in ascending code order", () => {
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
  });

  it("keeps every code well-formed and already in its canonical form", () => {
    for (const code of codes) expect(normalizeIcd10Cm(code), code).toBe(code);
  });

  it("gives every entry a title, a chapter that fits its code, a known group and a source", () => {
    for (const d of DIAGNOSES) {
      expect(d.title, d.code).toMatch(/^\S(?:.*\S)?$/);
      expect(d.title.length, d.code).toBeLessThanOrEqual(90);
      expect(CHAPTER_OF_LETTER[d.code.charAt(0)], d.code).toBe(d.chapter);
      expect(ICD10CM_CHAPTERS[d.chapter], d.code).toBeDefined();
      expect(Object.keys(DIAGNOSIS_GROUPS), d.code).toContain(d.group);
      expect(d.source, d.code).toBe(`ICD-10-CM ${ICD10CM_EDITION} tabular, chapter ${d.chapter}`);
    }
  });

  it("uses every group, each within one chapter", () => {
    for (const group of Object.keys(DIAGNOSIS_GROUPS)) {
      const chapters = new Set(DIAGNOSES.filter((d) => d.group === group).map((d) => d.chapter));
      expect(chapters.size, group).toBe(1);
    }
  });

  it("holds the codes crisis work relies on", () => {
    for (const code of [
      "F32.A", "F32.1", "F33.2", "F31.2", "F31.4", "F34.1", "F41.0", "F41.1", "F41.9", "F43.0",
      "F43.10", "F43.11", "F43.12", "F43.21", "F43.81", "F43.9", "F20.9", "F23", "F25.0", "F29",
      "F10.20", "F11.20", "F12.10", "F14.20", "F15.20", "F19.20", "F60.3", "F90.2", "F50.00",
      "R45.851", "R45.850", "R45.88", "R45.1", "R45.4", "R45.6", "T14.91XA", "Z91.51", "Z91.52",
      "Z63.4", "Z63.5", "Z59.00", "Z59.01", "Z59.02", "Z65.4", "Z60.2",
    ]) {
      expect(codes, code).toContain(code);
    }
  });

  it("leaves out category headers that have more specific codes", () => {
    // Each of these gained children and is not billable on its own (e.g. F43.8 → F43.81/F43.89,
    // F50.2 → F50.20–F50.25 from FY2025, Z59.0 → Z59.00–Z59.02, T14.91 → T14.91XA/XD/XS).
    for (const header of ["F32", "F32.8", "F43.1", "F43.2", "F43.8", "F50.0", "F50.01", "F50.2", "F50.81", "R45.85", "T14.91", "Z59.0", "Z91.5", "Z63.7"]) {
      expect(codes, header).not.toContain(header);
    }
  });

  it("is frozen", () => {
    expect(Object.isFrozen(DIAGNOSES)).toBe(true);
    expect(Object.isFrozen(DIAGNOSES[0])).toBe(true);
  });
});
