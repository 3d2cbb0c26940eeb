import { describe, expect, it } from "vitest";
import { getGuidance } from "./index";
import type { GuidanceEntry } from "./index";
import { CRISIS_CHECKLIST_IDS } from "./types";

function entry(code: string): GuidanceEntry {
  const found = getGuidance(code);
  if (!found) throw new Error(`no guidance for ${code}`);
  return found;
}

describe.each(["90839", "90840", "G0017", "G0018"])("crisis entry %s", (code) => {
  const e = entry(code);

  it("has a Stanley–Brown safety plan template of seven ordered steps", () => {
    const steps = e.safetyPlanTemplate?.steps ?? [];
    expect(steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(steps.map((s) => s.id)).toEqual([
      "warning-signs",
      "internal-coping",
      "social-distraction",
      "help-contacts",
      "professional-contacts",
      "safe-environment",
      "reasons-for-living",
    ]);
  });

  it("lists 988, the Crisis Text Line and 911 in step 5", () => {
    const step5 = (e.safetyPlanTemplate?.steps[4]?.examples ?? []).join("\n");
    expect(step5).toContain("988 Suicide & Crisis Lifeline: call or text 988");
    expect(step5).toContain("text HOME to 741741");
    expect(step5).toContain("911");
    expect(step5).toContain("Veterans and service members: call 988 and press 1, or text 838255");
  });

  it("asks about firearms and medication when making the environment safe", () => {
    const step6 = e.safetyPlanTemplate?.steps[5];
    expect(step6?.clinicianTip).toMatch(/firearms/);
    expect(step6?.clinicianTip).toMatch(/medication/);
  });

  it("carries the BILLING-RULES §5 documentation checklist", () => {
    const ids = (e.documentationChecklist ?? []).map((item) => item.id);
    expect(ids).toEqual([...CRISIS_CHECKLIST_IDS]);
    for (const id of [
      "presentation",
      "cssrs",
      "risk-level",
      "mse",
      "interventions",
      "disposition",
      "follow-up",
      "safety-plan",
      "time-attestation",
      "modality",
    ]) {
      expect(ids).toContain(id);
    }
    const safetyPlan = e.documentationChecklist?.find((item) => item.id === "safety-plan");
    expect(safetyPlan?.requiredWhen).toMatch(/moderate or high/);
  });

  it("names every same-day conflict code from BILLING-RULES §4", () => {
    const notes = e.payerNotes.join("\n");
    for (const code of ["90791", "90792", "90832–90838", "90785", "90845", "90846", "90847", "90849", "90853", "90863", "90865", "90867–90869"]) {
      expect(notes, code).toContain(code);
    }
  });

  it("sums the day's crisis minutes once per client, clinician and date", () => {
    expect(e.payerNotes.join("\n")).toMatch(/once per client, per clinician, per date of service/i);
  });
});

describe.each(["90839", "90840"])("CPT crisis entry %s", (code) => {
  const notes = entry(code).payerNotes.join("\n");

  it("gives the telehealth place-of-service codes and modifiers", () => {
    expect(notes).toMatch(/POS 10 when the client is at home, 02 elsewhere/);
    expect(notes).toMatch(/modifier 95 for video or 93 for audio-only/);
  });

  it("says when Medicare wants G0017/+G0018 instead", () => {
    expect(notes).toMatch(/Medicare: for an in-person crisis contact at a site Medicare pays at the non-facility rate other than the office, report G0017 .* and \+G0018 .* instead of 90839\/\+90840/);
    expect(notes).toMatch(/150%/);
    expect(notes).toMatch(/POS 03, 04, 12, 13, 14, 15, 16 and 27; confirm it with your MAC/);
    expect(notes).toMatch(/In the office and in facility settings .* Medicare keeps 90839\/\+90840/);
  });
});

describe.each(["G0017", "G0018"])("Medicare crisis entry %s", (code) => {
  const e = entry(code);
  const notes = e.payerNotes.join("\n");

  it("is Medicare's, at 150% of the non-facility rate, from the CY 2024 fee schedule rule", () => {
    expect(notes).toMatch(/^Medicare only\./m);
    expect(notes).toMatch(/150% of Medicare's non-facility fee schedule amount/);
    expect(notes).toMatch(/CY 2024 Physician Fee Schedule final rule/);
  });

  it("names the default sites, to be confirmed with the MAC, and sends the office to 90839/+90840", () => {
    expect(notes).toContain("POS 03, 04, 12, 13, 14, 15, 16 and 27");
    expect(notes).toMatch(/confirm it with your MAC/);
    expect(notes).toMatch(/office .* report 90839\/\+90840/);
    expect(e.setting).toMatch(/^In person/);
  });

  it("does not claim a telehealth rule it cannot source", () => {
    expect(notes).toMatch(/for a telehealth crisis contact, confirm with your MAC/);
    expect(notes).not.toMatch(/modifier 95/);
  });
});

describe("Medicare crisis codes beside the CPT ones", () => {
  it("appear among the similar codes of 90839 and 90840", () => {
    expect(entry("90839").similarCodes).toContain("G0017");
    expect(entry("90840").similarCodes).toContain("G0018");
    expect(entry("G0017").similarCodes.slice(0, 2)).toEqual(["G0018", "90839"]);
    expect(entry("G0018").similarCodes.slice(0, 2)).toEqual(["G0017", "90840"]);
  });

  it("describe the same clinical service as their CPT twins", () => {
    expect(entry("G0017").indications).toEqual(entry("90839").indications);
    expect(entry("G0017").procedureSteps).toEqual(entry("90839").procedureSteps);
    expect(entry("G0018").indications).toEqual(entry("90840").indications);
    expect(entry("G0018").procedureSteps[0]).toMatch(/begun under G0017/);
    expect(entry("G0018").procedureSteps.slice(1)).toEqual(entry("90840").procedureSteps.slice(1));
    expect(JSON.stringify(entry("G0018"))).not.toMatch(/begun under 90839/);
  });

  it("make G0018 an add-on to G0017 only", () => {
    expect(entry("G0018").payerNotes[0]).toMatch(/never billed alone\. It goes on the same claim and date of service as G0017/);
  });
});

describe("shared crisis material", () => {
  it("is one object reused by every crisis code, not a copy", () => {
    for (const code of ["90840", "G0017", "G0018"]) {
      expect(entry(code).safetyPlanTemplate, code).toBe(entry("90839").safetyPlanTemplate);
      expect(entry(code).documentationChecklist, code).toBe(entry("90839").documentationChecklist);
    }
  });

  it("lets a scheduled visit be crisis work only when a genuine crisis arose, and asks why", () => {
    for (const code of ["90839", "90840"]) {
      const notes = entry(code).payerNotes.join("\n");
      expect(notes, code).toMatch(/scheduled visit only when a genuine crisis arose during it; document what changed and why/);
      expect(notes, code).not.toMatch(/booked in advance/);
    }
    expect(entry("90839").preparation.join("\n")).toMatch(/only when a genuine crisis arises during it/);
  });

  it("states the crisis thresholds", () => {
    expect(entry("90839").payerNotes.join("\n")).toMatch(/at least 30 minutes/);
    expect(entry("90840").payerNotes.join("\n")).toMatch(/never billed alone/);
    expect(entry("90840").timeRange?.note).toMatch(/105, 135/);
  });
});
