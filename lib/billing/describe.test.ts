import { describe, expect, it } from "vitest";
import { codeLabel, describeCode, describeLine, describeNextThreshold, lineCodeUnits, lineDetails } from "./describe";

describe("billing line wording", () => {
  it("reads telehealth lines with their modifier and in-person lines without", () => {
    const video = { code: "90839", units: 1, modifiers: ["95"], placeOfService: "10" };
    expect(describeLine(video)).toBe("90839 ×1 · modifier 95 · POS 10");
    expect(lineCodeUnits({ ...video, code: "90840", units: 2 })).toBe("90840 ×2");
    expect(lineDetails({ ...video, modifiers: [], placeOfService: "11" })).toBe("POS 11");
  });

  it("says how far the next threshold is, singular for one minute", () => {
    expect(describeNextThreshold({ atMinutes: 75, minutesToGo: 7, adds: "90840 ×1" })).toBe("7 more minutes reaches 90840 ×1 at 75 minutes in total.");
    expect(describeNextThreshold({ atMinutes: 30, minutesToGo: 1, adds: "90839" })).toBe("1 more minute reaches 90839 at 30 minutes in total.");
  });
});

describe("billed code names (BILLING-RULES §2, §8)", () => {
  it.each([
    ["90832", "90832", "30-minute psychotherapy (90832)"],
    ["90833", "+90833", "30-minute psychotherapy added to the E/M visit (+90833)"],
    ["90839", "90839", "psychotherapy for crisis, first 30–74 minutes (90839)"],
    ["90840", "+90840", "psychotherapy for crisis, each further 30 minutes (+90840)"],
    ["G0017", "G0017", "psychotherapy for crisis at a non-office site (Medicare), first 30–74 minutes (G0017)"],
    ["G0018", "+G0018", "psychotherapy for crisis at a non-office site (Medicare), each further 30 minutes (+G0018)"],
    ["99213", "99213", "99213"],
    ["toString", "toString", "toString"],
  ])("%s reads as %s, %s", (code, label, described) => {
    expect(codeLabel(code)).toBe(label);
    expect(describeCode(code)).toBe(described);
  });

  it("reads G-code and add-on lines like any other", () => {
    expect(describeLine({ code: "G0018", units: 2, modifiers: [], placeOfService: "12" })).toBe("G0018 ×2 · POS 12");
    expect(describeLine({ code: "90833", units: 1, modifiers: [], placeOfService: "11" })).toBe("90833 ×1 · POS 11");
    expect(describeNextThreshold({ atMinutes: 105, minutesToGo: 25, adds: "G0018 ×2" })).toBe("25 more minutes reaches G0018 ×2 at 105 minutes in total.");
  });
});
