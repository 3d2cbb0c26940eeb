import { SAFETY_PLAN_STEP_IDS } from "@/lib/guidance/ids";
import type { NoteBody } from "@/lib/validation/note";
import { MSE_DOMAIN_IDS } from "./mental-status";

/** Template text the clinician must personalise is marked with [brackets]. */
export const hasTemplatePlaceholder = (text: string): boolean => /\[[^\]]+\]/.test(text);

// Only the universal services (988, the crisis text line, 911) suit every client. The personal
// steps' examples ("My children", "Drinking alone") must come from the client, so they are offered
// as suggestions and never pre-filled: a signed plan must not carry words the client did not say.
const PREFILLED_STEPS: ReadonlySet<string> = new Set(["professional-contacts"]);

/**
 * A new note. The safety plan starts with the template's ready-to-use professional contacts (no
 * [placeholders]); everything else is offered as suggestions in the form.
 */
export function emptyNote(templateItems: Partial<Record<(typeof SAFETY_PLAN_STEP_IDS)[number], readonly string[]>> = {}): NoteBody {
  return {
    presentation: { precipitant: "", currentState: "", whyUrgent: "" },
    cssrs: { wishDead: null, suicidalThoughts: null, method: null, intent: null, plan: null, behavior: null, behaviorPast3Months: null },
    homicidalIdeation: null,
    homicidalDetails: "",
    lethalMeans: null,
    lethalMeansDetails: "",
    riskLevel: null,
    riskRationale: "",
    mse: Object.fromEntries(MSE_DOMAIN_IDS.map((id) => [id, { normal: false, finding: "" }])) as NoteBody["mse"],
    interventions: [],
    interventionsDetail: "",
    resources: "",
    clientResponse: "",
    disposition: null,
    dispositionDetail: "",
    followUp: { plan: "", date: "" },
    diagnoses: [],
    sameDayCodes: [],
    safetyPlan: Object.fromEntries(
      SAFETY_PLAN_STEP_IDS.map((id) => [
        id,
        (PREFILLED_STEPS.has(id) ? (templateItems[id] ?? []) : []).filter((item) => !hasTemplatePlaceholder(item)).map((item) => ({ text: item, phone: "" })),
      ]),
    ) as NoteBody["safetyPlan"],
  };
}
