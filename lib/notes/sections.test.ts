import { describe, expect, it } from "vitest";
import { SAFETY_PLAN_STEP_IDS } from "@/lib/guidance/types";
import { SAFETY_PLAN_STEP_TITLES, noteSectionTitle, safetyPlanStepHeading } from "./sections";

describe("note section titles", () => {
  it("number the sections in the order of the form", () => {
    expect(noteSectionTitle("contact")).toBe("1. Contact and modality");
    expect(noteSectionTitle("cssrs")).toBe("3. Suicide risk screen (C-SSRS)");
    expect(noteSectionTitle("safetyPlan")).toBe("8. Safety plan");
    expect(noteSectionTitle("coding")).toBe("9. Diagnoses and other services today");
    expect(noteSectionTitle("sign")).toBe("10. Attest and sign");
  });
});

describe("safety plan step headings", () => {
  it("name every Stanley–Brown step, numbered in template order", () => {
    expect(Object.keys(SAFETY_PLAN_STEP_TITLES)).toEqual([...SAFETY_PLAN_STEP_IDS]);
    expect(safetyPlanStepHeading("warning-signs")).toBe("Step 1: Warning signs");
    expect(safetyPlanStepHeading("reasons-for-living")).toBe("Step 7: Reasons for living");
  });

  it("keep the number when the client's copy gives its own title", () => {
    expect(safetyPlanStepHeading("help-contacts", "People I can ask for help")).toBe("Step 4: People I can ask for help");
  });
});
