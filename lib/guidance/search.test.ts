import { describe, expect, it } from "vitest";
import { guidanceEntries, listGuidanceCodes, searchGuidance } from "./index";
import { editDistanceWithin, tokenize } from "./search";

const codes = (query: string) => searchGuidance(query).map((r) => r.entry.code);

describe("searchGuidance", () => {
  it("ranks the crisis codes first for 'crisis', CPT before Medicare's", () => {
    const results = searchGuidance("crisis");
    expect(results.slice(0, 4).map((r) => r.entry.code)).toEqual(["90839", "90840", "G0017", "G0018"]);
    expect(results.slice(0, 4).every((r) => r.matchedIn === "name")).toBe(true);
    expect(results[4]?.matchedIn).toBe("text");
  });

  it("finds Medicare's crisis codes by words and by code, in any case", () => {
    expect(codes("medicare crisis home").slice(0, 2)).toEqual(["G0017", "G0018"]);
    for (const q of ["G0017", "g0017", "+G0017"]) {
      const results = searchGuidance(q);
      expect(results[0]?.entry.code, q).toBe("G0017");
      expect(results[0]?.matchedIn, q).toBe("code");
    }
    expect(codes("g001").slice(0, 2)).toEqual(["G0017", "G0018"]);
    expect(codes("G0018")[0]).toBe("G0018");
  });

  it("puts an exact code first, matched in the code", () => {
    const results = searchGuidance("90840");
    expect(results[0]?.entry.code).toBe("90840");
    expect(results[0]?.matchedIn).toBe("code");
    expect(results.slice(1).every((r) => r.matchedIn === "text")).toBe(true);
    expect(codes("+90840")[0]).toBe("90840");
  });

  it("ranks code-prefix matches in code order before text matches", () => {
    const results = searchGuidance("9083");
    expect(results.slice(0, 7).map((r) => r.entry.code)).toEqual([
      "90832", "90833", "90834", "90836", "90837", "90838", "90839",
    ]);
    expect(results.slice(0, 7).every((r) => r.matchedIn === "code")).toBe(true);
    expect(results.slice(7).every((r) => r.matchedIn === "text")).toBe(true);
  });

  it("ranks the family codes first for 'family'", () => {
    expect(codes("family").slice(0, 2)).toEqual(["90846", "90847"]);
  });

  it("returns nothing for nonsense", () => {
    expect(searchGuidance("xyzzyplugh")).toEqual([]);
    expect(searchGuidance("crisis xyzzyplugh")).toEqual([]);
  });

  it("requires every word of a multi-word query to match", () => {
    // Only the crisis codes carry the safety plan (and so 988); the order among them is by score.
    expect([...codes("crisis 988")].sort()).toEqual(["90839", "90840", "G0017", "G0018"]);
    expect(codes("crisis 988")[0]).toBe("90839");
    expect(codes("interactive complexity")[0]).toBe("90785");
    expect(codes("family without")[0]).toBe("90846");
    expect(codes("evaluation with medical").slice(0, 2)).toEqual(["90792", "90791"]);
    const group = searchGuidance("group 90853");
    expect(group[0]?.entry.code).toBe("90853");
    expect(group[0]?.matchedIn).toBe("code");
  });

  it("is case-insensitive and ignores accents and dash style", () => {
    expect(codes("CRISIS")).toEqual(codes("crisis"));
    expect(codes("Family")).toEqual(codes("family"));
    expect(codes("16-37")).toEqual(codes("16–37"));
    expect(codes("16-37")).toContain("90832");
    expect(codes("stanléy")).toEqual(codes("stanley"));
  });

  it("ranks entries that keep returning to a term above passing mentions", () => {
    expect(codes("safety plan").slice(0, 2)).toEqual(["90839", "90840"]);
  });

  it("lists every entry in code order for a blank query", () => {
    for (const q of ["", "   ", " + "]) {
      const results = searchGuidance(q);
      expect(results.map((r) => r.entry.code)).toEqual(listGuidanceCodes());
      expect(results.every((r) => r.matchedIn === "code" && r.score === 0)).toBe(true);
    }
    expect(searchGuidance("")).toHaveLength(guidanceEntries.length);
  });

  it("scores are non-increasing down the list", () => {
    const scores = searchGuidance("psychotherapy").map((r) => r.score);
    expect(scores.length).toBeGreaterThan(5);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe("tokenize", () => {
  it("lower-cases, splits on spaces, trims edge punctuation and drops repeats", () => {
    expect(tokenize("  +90840, Crisis crisis (E/M) ")).toEqual(["90840", "crisis", "e/m"]);
  });
});

describe("typo tolerance", () => {
  it("finds the crisis codes for “crissis”, “crsis” and “crisiss”, still first", () => {
    for (const q of ["crissis", "crsis", "crisiss", "Crissis psychotherapy"]) {
      expect(codes(q).slice(0, 2), q).toEqual(["90839", "90840"]);
    }
  });

  it("ranks an exact word above a misspelt one", () => {
    const exact = searchGuidance("crisis")[0]?.score ?? 0;
    expect(searchGuidance("crissis")[0]?.score ?? 0).toBeLessThan(exact);
  });

  it("does not guess for short words or codes", () => {
    expect(codes("xyz")).toEqual([]);
    expect(codes("90893")).toEqual([]);
    expect(searchGuidance("xyzzyplugh")).toEqual([]);
  });
});

describe("editDistanceWithin", () => {
  it("counts insertions, deletions, substitutions and neighbour swaps, up to a limit", () => {
    expect(editDistanceWithin("crissis", "crisis", 1)).toBe(1);
    expect(editDistanceWithin("crsiis", "crisis", 1)).toBe(1);
    expect(editDistanceWithin("famliy", "family", 1)).toBe(1);
    expect(editDistanceWithin("crisis", "crisis", 1)).toBe(0);
    expect(editDistanceWithin("crises", "cries", 1)).toBe(1);
    expect(editDistanceWithin("psychotherapy", "psychology", 2)).toBeNull();
  });
});
