import { describe, expect, it } from "vitest";
import { getGuidance } from "./index";
import type { GuidanceEntry } from "./index";
import { CRISIS_CHECKLIST_IDS } from "./types";

function entry(code: string): GuidanceEntry {
  const found = getGuidance(code);
  if (!found) throw new Error(`no guidance for ${code}`);
  return found;
}

describe.each(["90839", "90840"])("crisis entry %s", (code) => {
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

  it("gives the telehealth place-of-service codes and modifiers", () => {
    const notes = e.payerNotes.join("\n");
    expect(notes).toMatch(/POS 10 when the client is at home, 02 elsewhere/);
    expect(notes).toMatch(/modifier 95 for video or 93 for audio-only/);
    expect(notes).toMatch(/once per client, per clinician, per date of service/i);
  });
});

describe("shared crisis material", () => {
  it("is one object reused by 90839 and 90840, not a copy", () => {
    expect(entry("90840").safetyPlanTemplate).toBe(entry("90839").safetyPlanTemplate);
    expect(entry("90840").documentationChecklist).toBe(entry("90839").documentationChecklist);
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
