import type { NoteBody } from "@/lib/validation/note";
import { RISK_LEVELS } from "./choices";
import type { NoteSectionKey } from "./sections";
import { hasPersonalSafetyPlan } from "./safety-plan";

type RiskLevel = keyof typeof RISK_LEVELS;
type ConsistencyInput = Pick<
  NoteBody,
  "cssrs" | "homicidalIdeation" | "lethalMeans" | "riskLevel" | "riskRationale" | "mse" | "interventions" | "disposition" | "dispositionDetail" | "safetyPlan"
>;

/**
 * A place where the note seems to contradict itself. A prompt, never a block: the clinician may
 * have good reason (and then says so in the note); signing does not wait for it.
 */
export type ConsistencyPrompt = {
  id: string;
  /** The part of the form the prompt is shown in. */
  section: NoteSectionKey;
  /** Form path of the field to look at again. */
  field: string;
  /** What looks contradictory, in one line. */
  message: string;
  /** Why it matters, so the prompt can be judged rather than obeyed. */
  why: string;
};

export type RiskSuggestion = { level: RiskLevel; reasons: string[] };

const RANK: Record<RiskLevel, number> = { low: 0, moderate: 1, high: 2 };

/**
 * The C-SSRS screener's triage (Columbia "screen version" triage): high for intent (item 4), a plan
 * (item 5) or suicidal behaviour in the past 3 months; moderate for a method (item 3) or behaviour
 * longer ago; low otherwise. Null until the screen is answered far enough to say. A suggestion
 * shown beside the risk level: the clinician's judgment decides.
 */
export function suggestRiskLevel(cssrs: ConsistencyInput["cssrs"]): RiskSuggestion | null {
  const thoughts = cssrs.suicidalThoughts === "yes";
  const high: string[] = [];
  if (thoughts && cssrs.intent === "yes") high.push("intent to act (item 4)");
  if (thoughts && cssrs.plan === "yes") high.push("a plan with intent (item 5)");
  if (cssrs.behavior === "yes" && cssrs.behaviorPast3Months === "yes") high.push("suicidal behaviour in the past 3 months (item 6)");
  if (high.length > 0) return { level: "high", reasons: high };

  const moderate: string[] = [];
  if (thoughts && cssrs.method === "yes") moderate.push("thoughts of a method (item 3)");
  if (cssrs.behavior === "yes" && cssrs.behaviorPast3Months === "no") moderate.push("suicidal behaviour more than 3 months ago (item 6)");
  if (moderate.length > 0) return { level: "moderate", reasons: moderate };

  const asked = [cssrs.wishDead, cssrs.suicidalThoughts, cssrs.behavior, ...(thoughts ? [cssrs.method, cssrs.intent, cssrs.plan] : [])];
  if (asked.some((answer) => answer === null) || (cssrs.behavior === "yes" && cssrs.behaviorPast3Months === null)) return null;
  const low = [cssrs.wishDead === "yes" ? "a wish to be dead (item 1)" : null, thoughts ? "suicidal thoughts without method, intent or plan (item 2)" : null].filter(
    (reason): reason is string => reason !== null,
  );
  return { level: "low", reasons: low.length > 0 ? low : ["no on every screen item"] };
}

/**
 * Mental status domains whose "within normal limits" text the C-SSRS and risk answers contradict,
 * with the reason: "Mark all within normal limits" leaves them for the clinician to describe.
 */
export function contradictedNormalDomains(note: Pick<ConsistencyInput, "cssrs" | "homicidalIdeation">): Partial<Record<"mood" | "thoughtContent", string>> {
  const result: Partial<Record<"mood" | "thoughtContent", string>> = {};
  const thoughts = note.cssrs.suicidalThoughts === "yes";
  if (thoughts) result.mood = "the client reported thoughts of killing themself (C-SSRS item 2)";
  else if (note.cssrs.wishDead === "yes") result.mood = "the client reported wishing to be dead (C-SSRS item 1)";
  const content = [thoughts ? "suicidal thoughts (C-SSRS item 2)" : null, note.homicidalIdeation === "yes" ? "thoughts of harming others" : null].filter(Boolean);
  if (content.length > 0) result.thoughtContent = `the note records ${content.join(" and ")}`;
  return result;
}

const NORMAL_TEXT = { mood: "mood “euthymic”", thoughtContent: "thought content “no delusions, obsessions or preoccupations”" } as const;

/** Every contradiction the note body shows, in the order of the form. */
export function findConsistencyPrompts(note: ConsistencyInput): ConsistencyPrompt[] {
  const prompts: ConsistencyPrompt[] = [];
  const { cssrs } = note;
  const thoughts = cssrs.suicidalThoughts === "yes";
  const hasPlan = hasPersonalSafetyPlan(note.safetyPlan);

  if (thoughts && cssrs.wishDead === "no") {
    prompts.push({
      id: "cssrs-thoughts-without-wish",
      section: "cssrs",
      field: "note.cssrs.wishDead",
      message: "Item 1 (wish to be dead) is “no” but item 2 (thoughts of killing themself) is “yes”.",
      why: "Someone thinking of killing themself almost always also wishes to be dead: check item 1 was heard and recorded as meant.",
    });
  }

  const suggestion = suggestRiskLevel(cssrs);
  if (suggestion && note.riskLevel && RANK[note.riskLevel] < RANK[suggestion.level]) {
    prompts.push({
      id: "risk-below-screen",
      section: "risk",
      field: "note.riskLevel",
      message: `Risk level ${RISK_LEVELS[note.riskLevel]} is below the C-SSRS screen's ${RISK_LEVELS[suggestion.level]}.`,
      why: `The screen found ${suggestion.reasons.join(" and ")}. You decide the level; if it stays lower, the rationale should say what lowers the risk.`,
    });
  }

  const ideation = thoughts || cssrs.wishDead === "yes";
  if (note.riskLevel === "low" && ideation && note.lethalMeans === "yes") {
    prompts.push({
      id: "low-risk-ideation-means",
      section: "risk",
      field: "note.riskLevel",
      message: "Risk level Low with suicidal ideation and access to lethal means.",
      why: "Access to lethal means with ideation raises the risk of a lethal attempt. Consider a higher level, or say in the rationale why it is low (e.g. the means were removed).",
    });
  }

  const contradicted = contradictedNormalDomains(note);
  for (const domain of ["mood", "thoughtContent"] as const) {
    const reason = contradicted[domain];
    if (!reason || !note.mse[domain].normal) continue;
    prompts.push({
      id: `mse-${domain}-normal`,
      section: "mse",
      field: `note.mse.${domain}.normal`,
      message: `Mental status records ${NORMAL_TEXT[domain]} within normal limits.`,
      why: `Earlier ${reason}: describe what you observed, or keep it only if that is really what you saw.`,
    });
  }

  if (note.disposition === "outpatient_with_safety_plan" && !hasPlan) {
    prompts.push({
      id: "outpatient-without-plan",
      section: "disposition",
      field: "note.disposition",
      message: "“Remains outpatient with safety plan”, but no safety plan is written.",
      why: "The disposition relies on a plan the client can use: write it in the safety plan section, or choose the disposition that fits.",
    });
  }

  if (note.interventions.includes("safety_planning") && !hasPlan) {
    prompts.push({
      id: "safety-planning-without-plan",
      section: "interventions",
      field: "note.interventions",
      message: "“Collaborative safety planning” is listed as an intervention, but no safety plan is written.",
      why: "The record should show the plan that was made; write it in the safety plan section.",
    });
  }

  if (note.lethalMeans === "yes" && !note.interventions.includes("lethal_means_counseling") && (ideation || note.riskLevel === "moderate" || note.riskLevel === "high")) {
    prompts.push({
      id: "means-without-counselling",
      section: "interventions",
      field: "note.interventions",
      message: "Access to lethal means is recorded, but lethal means counselling is not among the interventions.",
      why: "Reducing access to means is one of the few interventions shown to prevent suicide; if it was done, tick it; if not, say why.",
    });
  }

  if (note.riskLevel === "high" && note.disposition === "outpatient_with_safety_plan" && note.dispositionDetail.trim() === "") {
    prompts.push({
      id: "high-risk-outpatient",
      section: "disposition",
      field: "note.dispositionDetail",
      message: "High risk, and the client remains outpatient, with no details given.",
      why: "A reader will ask why a higher level of care was not needed: say in the disposition details what makes outpatient care safe enough.",
    });
  }
  return prompts;
}
