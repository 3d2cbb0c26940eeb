import { describe, expect, it } from "vitest";
import { MEDICARE_PAYER_RULES, CPT_PAYER_RULES, payerRules } from "./payer";
import { payerInputOf, storedDefaults } from "./stored-payer";

describe("stored payers", () => {
  it.each([CPT_PAYER_RULES, MEDICARE_PAYER_RULES])("round-trip the $ruleSet defaults through storage unchanged", (rules) => {
    const stored = { ruleSet: rules.ruleSet, ...storedDefaults(rules) };
    expect(payerRules(payerInputOf(stored))).toEqual(rules);
  });

  it("reads an empty video modifier as none and a site list as codes", () => {
    expect(payerInputOf({ ruleSet: "cpt", videoModifier: "", audioOnlyModifier: "FQ", nonOfficeCrisisSites: "12,27", midnight: "start_date" })).toEqual({
      ruleSet: "cpt",
      videoModifier: null,
      audioOnlyModifier: "FQ",
      nonOfficeCrisisSites: ["12", "27"],
      midnight: "start_date",
    });
  });
});
