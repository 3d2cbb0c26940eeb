import { describe, expect, it } from "vitest";

import { CPT_PAYER_RULES, MEDICARE_PAYER_RULES, PAYER_RULE_DEFAULTS, payerRules } from "./payer";
import type { PayerInput, PayerRules } from "./payer";
import { expectInputError } from "./test-support";

describe("payer rule set defaults (BILLING-RULES §8)", () => {
  it("CPT: modifier 95 on video, 93 on audio only, no G-code sites, midnight split", () => {
    expect(payerRules({ ruleSet: "cpt" })).toEqual({
      ruleSet: "cpt",
      videoModifier: "95",
      audioOnlyModifier: "93",
      nonOfficeCrisisSites: [],
      midnight: "split",
    });
  });

  it("Medicare: no video modifier, 93 on audio only, the eight non-office sites, midnight split", () => {
    expect(payerRules({ ruleSet: "medicare" })).toEqual({
      ruleSet: "medicare",
      videoModifier: null,
      audioOnlyModifier: "93",
      nonOfficeCrisisSites: ["03", "04", "12", "13", "14", "15", "16", "27"],
      midnight: "split",
    });
  });

  it("exports each rule set's defaults by name and by rule set", () => {
    expect(PAYER_RULE_DEFAULTS).toEqual({ cpt: CPT_PAYER_RULES, medicare: MEDICARE_PAYER_RULES });
    expect(payerRules({ ruleSet: "cpt" })).toEqual(CPT_PAYER_RULES);
    expect(payerRules({ ruleSet: "medicare" })).toEqual(MEDICARE_PAYER_RULES);
  });

  it("the defaults cannot be changed by a caller", () => {
    expect(Object.isFrozen(MEDICARE_PAYER_RULES)).toBe(true);
    expect(Object.isFrozen(MEDICARE_PAYER_RULES.nonOfficeCrisisSites)).toBe(true);
    expect(Object.isFrozen(payerRules({ ruleSet: "cpt", nonOfficeCrisisSites: ["12"] }).nonOfficeCrisisSites)).toBe(true);
  });
});

describe("payerRules: overrides (BILLING-RULES §8)", () => {
  const overrides: [string, PayerInput, Partial<PayerRules>][] = [
    ["videoModifier", { ruleSet: "medicare", videoModifier: "95" }, { videoModifier: "95" }],
    ["videoModifier null", { ruleSet: "cpt", videoModifier: null }, { videoModifier: null }],
    ["audioOnlyModifier", { ruleSet: "medicare", audioOnlyModifier: "FQ" }, { audioOnlyModifier: "FQ" }],
    ["audioOnlyModifier", { ruleSet: "cpt", audioOnlyModifier: "FQ" }, { audioOnlyModifier: "FQ" }],
    ["nonOfficeCrisisSites", { ruleSet: "medicare", nonOfficeCrisisSites: ["12", "15"] }, { nonOfficeCrisisSites: ["12", "15"] }],
    ["nonOfficeCrisisSites empty", { ruleSet: "medicare", nonOfficeCrisisSites: [] }, { nonOfficeCrisisSites: [] }],
    ["nonOfficeCrisisSites", { ruleSet: "cpt", nonOfficeCrisisSites: ["12"] }, { nonOfficeCrisisSites: ["12"] }],
    ["midnight", { ruleSet: "medicare", midnight: "start_date" }, { midnight: "start_date" }],
    ["midnight", { ruleSet: "cpt", midnight: "start_date" }, { midnight: "start_date" }],
  ];

  it.each(overrides)("overriding %s keeps every other default", (_, payer, changed) => {
    expect(payerRules(payer)).toEqual({ ...PAYER_RULE_DEFAULTS[payer.ruleSet], ...changed });
  });

  it("treats an option given as undefined as not given", () => {
    expect(payerRules({ ruleSet: "medicare", videoModifier: undefined, midnight: undefined })).toEqual(MEDICARE_PAYER_RULES);
  });

  it("normalises typed settings: modifiers upper-cased and trimmed, each site once", () => {
    expect(payerRules({ ruleSet: "cpt", audioOnlyModifier: " fq ", videoModifier: "gt" })).toMatchObject({
      audioOnlyModifier: "FQ",
      videoModifier: "GT",
    });
    expect(payerRules({ ruleSet: "medicare", nonOfficeCrisisSites: [" 12", "12", "04 "] }).nonOfficeCrisisSites).toEqual(["12", "04"]);
  });

  it("does not modify its input", () => {
    const payer: PayerInput = { ruleSet: "medicare", nonOfficeCrisisSites: [" 12"], audioOnlyModifier: "fq" };
    const copy = structuredClone(payer);
    payerRules(payer);
    expect(payer).toEqual(copy);
  });
});

describe("payerRules: settings it cannot apply", () => {
  // Payer settings come from an admin form and the database: untyped at run time.
  const untyped = (payer: unknown) => () => payerRules(payer as PayerInput);

  it.each([
    [{ ruleSet: "aetna" }, /rule set "aetna" is not one of: cpt, medicare\.$/],
    [{}, /rule set undefined is not one of/],
    [null, /must be given as its rule set and options/],
    [{ ruleSet: "cpt", videoModifier: "9" }, /video modifier "9" is not a two-character modifier/],
    [{ ruleSet: "cpt", videoModifier: "" }, /video modifier "" is not/],
    [{ ruleSet: "cpt", audioOnlyModifier: "933" }, /audio-only modifier "933" is not/],
    [{ ruleSet: "cpt", audioOnlyModifier: null }, /audio-only modifier null is not/],
    [{ ruleSet: "medicare", nonOfficeCrisisSites: "12" }, /must be a list of place-of-service codes/],
    [{ ruleSet: "medicare", nonOfficeCrisisSites: ["12", "4"] }, /site "4" is not a two-digit place-of-service code/],
    [{ ruleSet: "medicare", nonOfficeCrisisSites: [12] }, /site 12 is not a two-digit/],
    [{ ruleSet: "medicare", nonOfficeCrisisSites: ["12", " 11"] }, /office \(11\) cannot be a non-office crisis site/],
    [{ ruleSet: "medicare", midnight: "noon" }, /midnight policy "noon" is not one of: split, start_date\.$/],
  ])("rejects %j", (payer, message) => {
    expectInputError(untyped(payer), "INVALID_PAYER", message);
  });
});
