import { describe, expect, it } from "vitest";
import { describeLine, describeNextThreshold, lineCodeUnits, lineDetails } from "./describe";

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
