import { describe, expect, it } from "vitest";
import { SAFETY_PLAN_STEP_IDS } from "@/lib/guidance/types";
import { highRiskReasons, itemsToAsk } from "./cssrs";
import { emptyNote, hasTemplatePlaceholder } from "./empty-note";
import { findMissingItems, safetyPlanRequired } from "./sign-readiness";
import { completeNote, completeSafetyPlan, readyInput } from "./test-support";

const fields = (input = readyInput()) => findMissingItems(input).map((m) => m.field);
const withNote = (overrides: Parameters<typeof completeNote>[0]) => readyInput({ note: completeNote(overrides) });
const cssrs = completeNote().cssrs;

describe("a complete note", () => {
  it("has nothing missing", () => {
    expect(findMissingItems(readyInput())).toEqual([]);
  });

  it("an empty note misses every checklist item but the conditional safety plan", () => {
    const missing = findMissingItems(readyInput({ note: emptyNote(), timesAttested: false, segments: [], clinicianCredentials: null }));
    const ids = new Set(missing.map((m) => m.checklistId));
    expect([...ids].sort()).toEqual(
      ["cssrs", "diagnosis", "disposition", "follow-up", "homicidal-ideation", "identification", "interventions", "lethal-means", "mse", "presentation", "resources", "response", "risk-level", "time-attestation"].sort(),
    );
  });
});

describe("C-SSRS skip logic", () => {
  it("asks items 1, 2 and 6 only while item 2 is not yes", () => {
    expect(itemsToAsk({ suicidalThoughts: "no" })).toEqual(["wishDead", "suicidalThoughts", "behavior"]);
    expect(itemsToAsk({ suicidalThoughts: null })).toEqual(["wishDead", "suicidalThoughts", "behavior"]);
    expect(itemsToAsk({ suicidalThoughts: "yes" })).toEqual(["wishDead", "suicidalThoughts", "method", "intent", "plan", "behavior"]);
  });

  it("requires items 3–5 once item 2 is yes", () => {
    expect(fields(withNote({ cssrs: { ...cssrs, suicidalThoughts: "yes" } }))).toEqual(["note.cssrs.method", "note.cssrs.intent", "note.cssrs.plan"]);
  });

  it("requires the 3-month question only when item 6 is yes", () => {
    expect(fields(withNote({ cssrs: { ...cssrs, behavior: "yes" } }))).toEqual(["note.cssrs.behaviorPast3Months"]);
  });

  it("ignores stale answers to items 4–5 when item 2 is no", () => {
    expect(highRiskReasons({ ...cssrs, suicidalThoughts: "no", intent: "yes", plan: "yes" })).toEqual([]);
  });
});

describe("high-risk answers require a safety plan", () => {
  const highRisk = { ...cssrs, suicidalThoughts: "yes", method: "no", intent: "yes", plan: "no" } as const;

  it("item 4 yes blocks signing until every step has an item", () => {
    const missing = findMissingItems(withNote({ cssrs: highRisk, safetyPlan: emptyNote().safetyPlan }));
    expect(missing.map((m) => m.checklistId)).toEqual(SAFETY_PLAN_STEP_IDS.map(() => "safety-plan"));
    expect(missing[0]?.message).toBe("Safety plan: add at least one item to “Warning signs”.");
    expect(findMissingItems(withNote({ cssrs: highRisk, safetyPlan: completeSafetyPlan() }))).toEqual([]);
  });

  it("item 5 yes, or behaviour in the past 3 months, is high risk too", () => {
    expect(highRiskReasons({ ...highRisk, intent: "no", plan: "yes" })).toEqual(["suicidal intent with a plan (item 5)"]);
    expect(highRiskReasons({ ...cssrs, behavior: "yes", behaviorPast3Months: "yes" })).toEqual(["suicidal behaviour in the past 3 months (item 6)"]);
    expect(highRiskReasons({ ...cssrs, behavior: "yes", behaviorPast3Months: "no" })).toEqual([]);
  });

  it("moderate or high risk level requires it; low with a low screen does not", () => {
    expect(safetyPlanRequired({ riskLevel: "moderate", cssrs })).toBe(true);
    expect(safetyPlanRequired({ riskLevel: "high", cssrs })).toBe(true);
    expect(safetyPlanRequired({ riskLevel: "low", cssrs })).toBe(false);
    expect(safetyPlanRequired({ riskLevel: "low", cssrs: highRisk })).toBe(true);
  });

  it("[bracketed] template text must be personalised; blank items do not count", () => {
    const plan = { ...completeSafetyPlan(), "help-contacts": [{ text: "[Family member]", phone: "" }], "reasons-for-living": [{ text: "  ", phone: "" }] };
    expect(findMissingItems(withNote({ riskLevel: "high", safetyPlan: plan })).map((m) => m.message)).toEqual([
      "Safety plan: replace the [bracketed] template text in “People to ask for help”.",
      "Safety plan: add at least one item to “Reasons for living”.",
    ]);
    expect(hasTemplatePlaceholder("Friend's name — [phone]")).toBe(true);
    expect(hasTemplatePlaceholder("Call 988 [24/7] ")).toBe(true);
    expect(hasTemplatePlaceholder("Walk around the block")).toBe(false);
  });
});

describe("other clinical rules", () => {
  it("audio-only needs the reason video was not used", () => {
    const meta = { ...readyInput().meta, modality: "audio_only" as const, audioOnlyReason: " " };
    expect(fields(readyInput({ meta }))).toEqual(["meta.audioOnlyReason"]);
    expect(fields(readyInput({ meta: { ...meta, audioOnlyReason: "No smartphone" } }))).toEqual([]);
  });

  it("each MSE domain is either within normal limits or described", () => {
    const mse = { ...completeNote().mse, mood: { normal: false, finding: "" }, affect: { normal: false, finding: "Constricted, tearful" } };
    expect(fields(withNote({ mse }))).toEqual(["note.mse.mood.finding"]);
  });

  it("the follow-up needs a date, not before the date of service", () => {
    expect(fields(withNote({ followUp: { plan: "Call", date: "" } }))).toEqual(["note.followUp.date"]);
    const early = findMissingItems(withNote({ followUp: { plan: "Call", date: "2026-11-25" } }));
    expect(early.map((m) => m.message)).toEqual(["The follow-up date cannot be before the date of service."]);
    expect(fields(withNote({ followUp: { plan: "Call", date: "2026-11-26" } }))).toEqual([]);
  });

  it("time: at least one segment, all ended, no engine problem, and attested", () => {
    expect(fields(readyInput({ segments: [] }))).toEqual(["segments"]);
    expect(fields(readyInput({ segments: [{ start: "2026-11-26T14:00:00.000Z", end: null }] }))).toEqual(["segments"]);
    expect(findMissingItems(readyInput({ segmentProblem: "Segments 1 and 2 overlap." }))).toEqual([{ checklistId: "time-attestation", field: "segments", message: "Segments 1 and 2 overlap." }]);
    expect(fields(readyInput({ timesAttested: false }))).toEqual(["timesAttested"]);
  });

  it("details are required only when the answer calls for them", () => {
    expect(fields(withNote({ homicidalIdeation: "yes" }))).toEqual(["note.homicidalDetails"]);
    expect(fields(withNote({ lethalMeans: "yes" }))).toEqual(["note.lethalMeansDetails"]);
    expect(fields(withNote({ disposition: "other" }))).toEqual(["note.dispositionDetail"]);
    expect(fields(withNote({ resources: "none" }))).toEqual([]);
  });
});

describe("diagnoses", () => {
  it("a note without a diagnosis cannot be signed; one is enough", () => {
    expect(findMissingItems(readyInput({ note: completeNote({ diagnoses: [] }) }))).toEqual([
      { checklistId: "diagnosis", field: "note.diagnoses", message: "Add at least one diagnosis (ICD-10-CM), the primary one first." },
    ]);
    expect(findMissingItems(readyInput({ note: completeNote({ diagnoses: ["F43.0"] }) }))).toEqual([]);
  });
});
