import { describe, expect, it } from "vitest";
import { isWellFormedIcd10Cm, normalizeIcd10Cm } from "./format";

describe("normalizeIcd10Cm", () => {
  it.each([
    ["F32.1", "F32.1"],
    ["f321", "F32.1"],
    ["f32.1", "F32.1"],
    [" F321 ", "F32.1"],
    ["f32a", "F32.A"],
    ["F29", "F29"],
    ["f29", "F29"],
    ["t1491xa", "T14.91XA"],
    ["T14.91XA", "T14.91XA"],
    ["r45851", "R45.851"],
    ["Z9151", "Z91.51"],
    ["f10120", "F10.120"],
    ["F01A11", "F01.A11"],
    ["c4a0", "C4A.0"],
    ["U07.1", "U07.1"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeIcd10Cm(input)).toBe(expected);
  });
});

describe("isWellFormedIcd10Cm", () => {
  it.each(["F32.1", "F321", "f32.1", "F29", "T14.91XA", "T1491XA", "R45.851", "Z59.02", "F32.A", "H54.0X33", "QA1.71"])(
    "accepts %s",
    (code) => {
      expect(isWellFormedIcd10Cm(code)).toBe(true);
    },
  );

  it.each([
    ["", "empty"],
    ["   ", "blank"],
    ["F3", "too short"],
    ["F", "a letter alone"],
    ["123.4", "starts with a digit"],
    ["1F32", "starts with a digit"],
    ["F32..1", "two dots"],
    ["F32.1.", "a second dot"],
    ["F32.", "a dot with nothing after it"],
    [".F321", "a leading dot"],
    ["F3.21", "the dot in the wrong place"],
    ["FF32.1", "the dot after the fourth character"],
    ["FFF.1", "letters in both the second and third places"],
    ["F32.12345", "more than four characters after the dot"],
    ["T14.91XAB", "more than seven characters"],
    ["T1491XAB", "more than seven characters without a dot"],
    ["T14.91X", "ending on the placeholder X"],
    ["F32 1", "a space inside"],
    ["F32-1", "a dash"],
    ["F32.1!", "punctuation"],
    ["F32.é", "an accented letter"],
  ])("refuses %s (%s)", (code) => {
    expect(isWellFormedIcd10Cm(code)).toBe(false);
    expect(normalizeIcd10Cm(code)).toBeNull();
  });
});
