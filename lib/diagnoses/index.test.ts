import { describe, expect, it } from "vitest";
import { checkDiagnosisCode, getDiagnosis } from "./index";

describe("getDiagnosis", () => {
  it("finds a listed code in any typed form", () => {
    expect(getDiagnosis("f321")?.code).toBe("F32.1");
    expect(getDiagnosis(" T14.91xa ")?.title).toBe("Suicide attempt, initial encounter");
  });

  it("returns undefined for codes outside the list and for malformed input", () => {
    expect(getDiagnosis("F42.2")).toBeUndefined();
    expect(getDiagnosis("F32..1")).toBeUndefined();
  });
});

describe("checkDiagnosisCode", () => {
  it("names listed codes with their entry", () => {
    const check = checkDiagnosisCode("r45851");
    expect(check.status).toBe("listed");
    expect(check.status === "listed" ? check.entry.code : null).toBe("R45.851");
  });

  it("accepts a well-formed code outside the list in its normalised form", () => {
    expect(checkDiagnosisCode("f422")).toEqual({ status: "well-formed", code: "F42.2" });
    expect(checkDiagnosisCode("T14.91XS")).toEqual({ status: "well-formed", code: "T14.91XS" });
  });

  it("refuses malformed codes", () => {
    for (const input of ["F3", "123.4", "F32..1", "FF32.1", "F32.12345"]) {
      expect(checkDiagnosisCode(input), input).toEqual({ status: "malformed" });
    }
  });
});
