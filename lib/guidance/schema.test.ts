import { describe, expect, it } from "vitest";
import { getGuidance, guidanceEntrySchema } from "./index";

// The schema must reject bad content, not only accept good content.
function base(): Record<string, unknown> {
  const source = getGuidance("90834");
  if (!source) throw new Error("90834 missing");
  return structuredClone<Record<string, unknown>>(source);
}

function crisisBase(): Record<string, unknown> {
  const source = getGuidance("90839");
  if (!source) throw new Error("90839 missing");
  return structuredClone<Record<string, unknown>>(source);
}

function issuePaths(value: unknown): string[] {
  const result = guidanceEntrySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
}

describe("guidanceEntrySchema", () => {
  it("accepts a valid entry", () => {
    expect(issuePaths(base())).toEqual([]);
  });

  it("rejects empty and whitespace-padded strings", () => {
    expect(issuePaths({ ...base(), summary: "" })).toEqual(["summary"]);
    expect(issuePaths({ ...base(), purpose: "  padded " })).toEqual(["purpose"]);
    expect(issuePaths({ ...base(), risks: ["fine", ""] })).toEqual(["risks.1"]);
  });

  it("rejects empty arrays", () => {
    expect(issuePaths({ ...base(), indications: [] })).toEqual(["indications"]);
    expect(issuePaths({ ...base(), similarCodes: [] })).toEqual(["similarCodes"]);
  });

  it("rejects unknown fields, bad codes and bad categories", () => {
    expect(issuePaths({ ...base(), extra: "x" })).toEqual([""]);
    expect(issuePaths({ ...base(), code: "9083" })).toEqual(["code"]);
    expect(issuePaths({ ...base(), category: "other" })).toEqual(["category"]);
  });

  it("accepts HCPCS Level II codes and rejects malformed ones", () => {
    expect(issuePaths({ ...base(), code: "G0017" })).toEqual([]);
    expect(issuePaths({ ...base(), similarCodes: ["G0018", "90832"] })).toEqual([]);
    for (const code of ["g0017", "G001", "GG017", "G00170", "+G0017"]) {
      expect(issuePaths({ ...base(), code }), code).toEqual(["code"]);
    }
  });

  it("rejects a time range whose maximum is below its minimum", () => {
    const entry = { ...base(), timeRange: { minMinutes: 38, maxMinutes: 20, note: "x" } };
    expect(issuePaths(entry)).toEqual(["timeRange.maxMinutes"]);
  });

  it("rejects an entry listing itself or a code twice as similar", () => {
    expect(issuePaths({ ...base(), similarCodes: ["90834"] })).toEqual(["similarCodes"]);
    expect(issuePaths({ ...base(), similarCodes: ["90832", "90832"] })).toEqual(["similarCodes"]);
  });

  it("requires the safety plan and checklist on crisis codes, and only there", () => {
    const noPlan = crisisBase();
    delete noPlan.safetyPlanTemplate;
    expect(issuePaths(noPlan)).toEqual(["safetyPlanTemplate"]);
    const withPlan = { ...base(), documentationChecklist: crisisBase().documentationChecklist };
    expect(issuePaths(withPlan)).toEqual(["documentationChecklist"]);
  });

  it("requires seven safety-plan steps in Stanley–Brown order", () => {
    const crisis = crisisBase();
    const plan = crisis.safetyPlanTemplate as { steps: unknown[] };
    expect(issuePaths({ ...crisis, safetyPlanTemplate: { ...plan, steps: plan.steps.slice(0, 6) } })).toEqual([
      "safetyPlanTemplate.steps",
    ]);
    const swapped = [plan.steps[1], plan.steps[0], ...plan.steps.slice(2)];
    expect(issuePaths({ ...crisis, safetyPlanTemplate: { ...plan, steps: swapped } })).toEqual([
      "safetyPlanTemplate.steps",
    ]);
  });

  it("rejects duplicate checklist ids", () => {
    const crisis = crisisBase();
    const list = crisis.documentationChecklist as unknown[];
    expect(issuePaths({ ...crisis, documentationChecklist: [...list, list[0]] })).toEqual(["documentationChecklist"]);
  });
});
