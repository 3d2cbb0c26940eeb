import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import * as billing from "@/lib/billing";

describe("lib/billing public API", () => {
  it("exports the entry points, the error and the warning codes", () => {
    expect(typeof billing.computeCrisisBilling).toBe("function");
    expect(typeof billing.summarizeDay).toBe("function");
    expect(new billing.BillingInputError("OVERLAP", "x")).toBeInstanceOf(Error);
    expect(new billing.BillingInputError("OVERLAP", "x").name).toBe("BillingInputError");
    expect(billing.WARNING_CODES).toEqual([
      "BELOW_MINIMUM",
      "BELOW_CRISIS_MINIMUM",
      "CROSSES_MIDNIGHT",
      "SAME_DAY_CONFLICT",
      "SCHEDULED_VISIT",
    ]);
  });

  it("exports the payer rule sets and the warnings only a payer adds (BILLING-RULES §8)", () => {
    expect(billing.payerRules({ ruleSet: "medicare" })).toEqual(billing.MEDICARE_PAYER_RULES);
    expect(billing.PAYER_RULE_DEFAULTS.cpt).toBe(billing.CPT_PAYER_RULES);
    expect(billing.RULE_SETS).toEqual(["cpt", "medicare"]);
    expect(billing.MIDNIGHT_POLICIES).toEqual(["split", "start_date"]);
    expect(Object.keys(billing.RULE_SET_LABELS)).toEqual([...billing.RULE_SETS]);
    expect(Object.keys(billing.MIDNIGHT_POLICY_LABELS)).toEqual([...billing.MIDNIGHT_POLICIES]);
    expect(billing.PAYER_WARNING_CODES).toEqual(["COUNTED_PAST_MIDNIGHT", "AUDIO_ONLY_NOT_HOME", "EM_ADD_ON"]);
    expect([...billing.ALL_WARNING_CODES].sort()).toEqual([...billing.WARNING_CODES, ...billing.PAYER_WARNING_CODES].sort());
    expect(billing.NON_OFFICE_CRISIS_TIME_TABLE).toHaveLength(billing.CRISIS_TIME_TABLE.length);
    expect(billing.describeCode("G0017")).toMatch(/\(G0017\)$/);
    expect(billing.isEmCode("99213")).toBe(true);
  });

  it("stays framework-free: imports only luxon, its own files and test tooling", () => {
    const dir = fileURLToPath(new URL(".", import.meta.url));
    const allowed = /^(\.\/|luxon$|vitest$|fast-check$|node:|@\/lib\/billing$)/;
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts"))) {
      const source = readFileSync(`${dir}/${file}`, "utf8");
      const specifiers = [...source.matchAll(/ from "([^"]+)";$/gm)].map((m) => m[1] ?? "");
      expect(specifiers.filter((s) => !allowed.test(s)), file).toEqual([]);
    }
  });
});
