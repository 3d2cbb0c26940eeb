import { describe, expect, it } from "vitest";
import { DIAGNOSES } from "./codes";
import { searchDiagnoses } from "./search";

const codes = (query: string, limit?: number) => searchDiagnoses(query, limit).map((r) => r.entry.code);

describe("searchDiagnoses", () => {
  it("finds a code with or without the dot, in any case, exact match first", () => {
    for (const q of ["f321", "F321", "F32.1", "f32.1", " F32.1 "]) {
      const results = searchDiagnoses(q);
      expect(results.map((r) => r.entry.code), q).toEqual(["F32.1"]);
      expect(results[0]?.matchedIn).toBe("code");
    }
    expect(codes("t1491xa")).toEqual(["T14.91XA"]);
    expect(codes("R45.851")[0]).toBe("R45.851");
  });

  it("lists every code under a prefix in code order", () => {
    expect(codes("f32")).toEqual(["F32.0", "F32.1", "F32.2", "F32.3", "F32.4", "F32.5", "F32.9", "F32.A"]);
    expect(codes("F43.1")).toEqual(["F43.10", "F43.11", "F43.12"]);
    expect(codes("r45.85")).toEqual(["R45.850", "R45.851"]);
  });

  it("finds the listed children of a header code typed as a prefix", () => {
    expect(codes("F43.2")).toEqual(["F43.20", "F43.21", "F43.22", "F43.23", "F43.24", "F43.25", "F43.29"]);
    expect(codes("F31.6")).toEqual(["F31.60", "F31.63", "F31.64"]);
    expect(codes("t14.91")).toEqual(["T14.91XA", "T14.91XD"]);
  });

  it("requires every word to match, in any case and without accents", () => {
    expect(codes("suicidal ideation")).toEqual(["R45.851"]);
    expect(codes("SUICIDAL")[0]).toBe("R45.851");
    expect(codes("suicide")).toEqual(expect.arrayContaining(["R45.851", "T14.91XA", "T14.91XD", "Z91.51"]));
    expect(codes("ptsd chronic")).toEqual(["F43.12"]);
    expect(codes("PTSD")).toEqual(["F43.10", "F43.11", "F43.12"]);
    expect(codes("dépressive recurrent severe")).toEqual(["F33.2", "F33.3"]);
    expect(codes("homeless")).toEqual(["Z59.00", "Z59.01", "Z59.02", "Z59.811"]);
    expect(codes("bereavement")).toEqual(["Z63.4"]);
    // The other alcohol codes match "withdrawal" only in their group's name, so they rank below.
    const withdrawal = searchDiagnoses("alcohol withdrawal");
    expect(withdrawal.slice(0, 3).map((r) => r.entry.code)).toEqual(["F10.230", "F10.231", "F10.239"]);
    expect(withdrawal.slice(3).every((r) => r.entry.code.startsWith("F10") && r.score < (withdrawal[2]?.score ?? 0))).toBe(true);
    expect(codes("depression xyzzy")).toEqual([]);
  });

  it("matches related word forms below the word itself", () => {
    expect(codes("depression recurrent severe")).toEqual(["F33.2", "F33.3"]);
    expect(codes("depression").slice(0, 2)).toEqual(["F32.A", "F53.0"]);
    expect(codes("depression")).toContain("F33.1");
    expect(codes("homicide")).toEqual(["R45.850"]);
    expect(codes("suicidal")).toEqual(expect.arrayContaining(["R45.851", "T14.91XA", "Z91.51"]));
  });

  it("ranks title hits above group hits, and word starts above hits inside a word", () => {
    // "psychotic" is in these titles and in the psychotic group's name; titles come first.
    const psychotic = searchDiagnoses("psychotic");
    const firstGroupOnly = psychotic.findIndex((r) => r.matchedIn === "group");
    expect(firstGroupOnly).toBeGreaterThan(0);
    expect(psychotic.slice(firstGroupOnly).every((r) => r.matchedIn === "group")).toBe(true);
    // "anxiety" starts a word in F41.9's title and sits inside nothing; "xiety" only inside.
    expect(searchDiagnoses("anxiety")[0]?.score).toBeGreaterThan(searchDiagnoses("xiety")[0]?.score ?? 0);
  });

  it("mixes a code prefix and words", () => {
    expect(codes("F33 remission")).toEqual(["F33.41", "F33.42"]);
    expect(codes("z63 divorce")).toEqual(["Z63.5"]);
  });

  it("respects the limit, and returns nothing for a blank query or a limit below 1", () => {
    expect(codes("f", 5)).toHaveLength(5);
    expect(codes("f", 5)).toEqual(DIAGNOSES.filter((d) => d.code.startsWith("F")).slice(0, 5).map((d) => d.code));
    expect(searchDiagnoses("disorder").length).toBe(20);
    expect(codes("")).toEqual([]);
    expect(codes("   ")).toEqual([]);
    expect(codes("F32", 0)).toEqual([]);
    expect(codes("F32", -3)).toEqual([]);
    expect(codes("F32", 2.9)).toEqual(["F32.0", "F32.1"]);
  });

  it("returns scores that never increase down the list", () => {
    const scores = searchDiagnoses("disorder", 200).map((r) => r.score);
    expect(scores.length).toBeGreaterThan(20);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
