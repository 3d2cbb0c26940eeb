import { describe, expect, it } from "vitest";
import { isValidNpi } from "./npi";

describe("isValidNpi (Luhn check digit over 80840 + the first nine digits)", () => {
  it.each(["1234567893", "1245319599", "1992703540"])("%s is valid", (npi) => {
    expect(isValidNpi(npi)).toBe(true);
  });

  it.each([
    ["1234567890", "wrong check digit"],
    ["1234567894", "check digit off by one"],
    ["2134567893", "two digits swapped"],
    ["123456789", "nine digits"],
    ["12345678933", "eleven digits"],
    ["12345678a3", "a letter"],
    [" 1234567893", "leading space"],
    ["", "empty"],
  ])("%s is invalid (%s)", (npi) => {
    expect(isValidNpi(npi)).toBe(false);
  });
});
