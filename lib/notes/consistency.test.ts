import { describe, expect, it } from "vitest";
import { contradictedNormalDomains, findConsistencyPrompts, suggestRiskLevel } from "./consistency";
import { emptyNote } from "./empty-note";
import { hasPersonalSafetyPlan } from "./safety-plan";
import { completeNote, completeSafetyPlan } from "./test-support";

const NO_SCREEN = { wishDead: "no", suicidalThoughts: "no", method: null, intent: null, plan: null, behavior: "no", behaviorPast3Months: null } as const;
const ideation = { ...NO_SCREEN, wishDead: "yes", suicidalThoughts: "yes", method: "no", intent: "no", plan: "no" } as const;
const ids = (note: ReturnType<typeof completeNote>) => findConsistencyPrompts(note).map((p) => p.id);

describe("suggestRiskLevel (C-SSRS screen triage)", () => {
  it("is high for intent, a plan, or behaviour in the past 3 months", () => {
    expect(suggestRiskLevel({ ...ideation, intent: "yes" })?.level).toBe("high");
    expect(suggestRiskLevel({ ...ideation, plan: "yes" })?.level).toBe("high");
    expect(suggestRiskLevel({ ...NO_SCREEN, behavior: "yes", behaviorPast3Months: "yes" })).toEqual({
      level: "high",
      reasons: ["suicidal behaviour in the past 3 months (item 6)"],
    });
  });

  it("is moderate for a method or behaviour longer ago", () => {
    expect(suggestRiskLevel({ ...ideation, method: "yes" })?.level).toBe("moderate");
    expect(suggestRiskLevel({ ...NO_SCREEN, behavior: "yes", behaviorPast3Months: "no" })?.level).toBe("moderate");
  });

  it("is low for a wish to be dead or thoughts alone, and for no on every item", () => {
    expect(suggestRiskLevel(ideation)?.level).toBe("low");
    expect(suggestRiskLevel({ ...NO_SCREEN, wishDead: "yes" })?.level).toBe("low");
    expect(suggestRiskLevel(NO_SCREEN)).toEqual({ level: "low", reasons: ["no on every screen item"] });
  });

  it("says nothing until the screen is answered far enough, unless a higher level is already certain", () => {
    expect(suggestRiskLevel(emptyNote().cssrs)).toBeNull();
    expect(suggestRiskLevel({ ...ideation, plan: null })).toBeNull();
    expect(suggestRiskLevel({ ...NO_SCREEN, behavior: "yes", behaviorPast3Months: null })).toBeNull();
    expect(suggestRiskLevel({ ...ideation, intent: "yes", plan: null, behavior: null })?.level).toBe("high");
  });

  it("ignores items 3–5 when item 2 is not yes", () => {
    expect(suggestRiskLevel({ ...NO_SCREEN, intent: "yes", plan: "yes" })?.level).toBe("low");
  });
});

describe("contradictedNormalDomains", () => {
  it("leaves mood and thought content to the clinician after suicidal thoughts", () => {
    expect(Object.keys(contradictedNormalDomains({ cssrs: ideation, homicidalIdeation: "no" }))).toEqual(["mood", "thoughtContent"]);
  });

  it("flags mood after a wish to be dead, and thought content after homicidal ideation", () => {
    expect(Object.keys(contradictedNormalDomains({ cssrs: { ...NO_SCREEN, wishDead: "yes" }, homicidalIdeation: "no" }))).toEqual(["mood"]);
    expect(Object.keys(contradictedNormalDomains({ cssrs: NO_SCREEN, homicidalIdeation: "yes" }))).toEqual(["thoughtContent"]);
  });

  it("flags nothing on a negative screen", () => {
    expect(contradictedNormalDomains({ cssrs: NO_SCREEN, homicidalIdeation: "no" })).toEqual({});
  });
});

describe("findConsistencyPrompts", () => {
  it("finds nothing in a consistent note", () => {
    expect(findConsistencyPrompts(completeNote({ cssrs: NO_SCREEN, safetyPlan: completeSafetyPlan() }))).toEqual([]);
  });

  it("prompts when all-normal mood and thought content follow a yes to suicidal thoughts, explaining why", () => {
    const prompts = findConsistencyPrompts(completeNote({ cssrs: ideation, safetyPlan: completeSafetyPlan() }));
    expect(prompts.map((p) => p.field)).toEqual(["note.mse.mood.normal", "note.mse.thoughtContent.normal"]);
    expect(prompts[0]?.message).toContain("euthymic");
    expect(prompts[0]?.why).toContain("C-SSRS item 2");
  });

  it("prompts on low risk with ideation and access to lethal means", () => {
    const note = completeNote({ cssrs: { ...NO_SCREEN, wishDead: "yes" }, lethalMeans: "yes", lethalMeansDetails: "Handgun at home" });
    expect(ids(note)).toContain("low-risk-ideation-means");
    expect(ids({ ...note, riskLevel: "moderate" })).not.toContain("low-risk-ideation-means");
    expect(ids({ ...note, cssrs: NO_SCREEN })).not.toContain("low-risk-ideation-means");
  });

  it("prompts when the chosen level is below the screen's suggestion, never above", () => {
    const note = completeNote({ cssrs: { ...ideation, intent: "yes" }, mse: completeNote().mse, riskLevel: "moderate", safetyPlan: completeSafetyPlan() });
    const prompt = findConsistencyPrompts(note).find((p) => p.id === "risk-below-screen");
    expect(prompt?.message).toBe("Risk level Moderate is below the C-SSRS screen's High.");
    expect(prompt?.why).toContain("intent to act (item 4)");
    expect(ids({ ...note, riskLevel: "high" })).not.toContain("risk-below-screen");
    expect(ids(completeNote({ cssrs: NO_SCREEN, riskLevel: "high" }))).not.toContain("risk-below-screen");
  });

  it("prompts on outpatient-with-safety-plan when no plan was made with the client", () => {
    // The pre-filled 988 and 911 lines of a new note are not a plan.
    const note = completeNote({ cssrs: NO_SCREEN, safetyPlan: emptyNote({ "professional-contacts": ["988 Suicide & Crisis Lifeline"] }).safetyPlan });
    expect(ids(note)).toEqual(["outpatient-without-plan"]);
    expect(ids({ ...note, disposition: "voluntary_admission" })).toEqual([]);
    expect(ids({ ...note, safetyPlan: completeSafetyPlan() })).toEqual([]);
  });

  it("prompts on safety planning listed as an intervention with no plan", () => {
    const note = completeNote({ cssrs: NO_SCREEN, disposition: "voluntary_admission", interventions: ["safety_planning"] });
    expect(ids(note)).toEqual(["safety-planning-without-plan"]);
  });

  it("prompts on access to means with ideation but no means counselling", () => {
    const note = completeNote({ cssrs: ideation, riskLevel: "moderate", lethalMeans: "yes", safetyPlan: completeSafetyPlan() });
    expect(ids(note)).toContain("means-without-counselling");
    expect(ids({ ...note, interventions: ["lethal_means_counseling"] })).not.toContain("means-without-counselling");
  });

  it("prompts on item 2 yes after item 1 no", () => {
    expect(ids(completeNote({ cssrs: { ...ideation, wishDead: "no" }, safetyPlan: completeSafetyPlan() }))).toContain("cssrs-thoughts-without-wish");
  });

  it("asks for the reason a high-risk client stays outpatient", () => {
    const note = completeNote({ cssrs: NO_SCREEN, riskLevel: "high", safetyPlan: completeSafetyPlan() });
    expect(ids(note)).toEqual(["high-risk-outpatient"]);
    expect(ids({ ...note, dispositionDetail: "Sister stays with her; means removed; call at 9" })).toEqual([]);
  });
});

describe("hasPersonalSafetyPlan", () => {
  it("does not count the pre-filled professional contacts as a plan", () => {
    expect(hasPersonalSafetyPlan(emptyNote({ "professional-contacts": ["988"] }).safetyPlan)).toBe(false);
    expect(hasPersonalSafetyPlan(completeSafetyPlan())).toBe(true);
  });
});
