import { type CrisisChecklistId, SAFETY_PLAN_STEP_IDS } from "@/lib/guidance/ids";
import type { NoteBody } from "@/lib/validation/note";
import type { SessionMeta } from "@/lib/validation/session";
import { highRiskReasons, itemsToAsk, CSSRS_ITEMS } from "./cssrs";
import { hasTemplatePlaceholder } from "./empty-note";
import { MSE_DOMAINS } from "./mental-status";
import { SAFETY_PLAN_STEP_TITLES } from "./sections";

/** Something a note still needs before it can be signed, tied to a checklist item and a field. */
export type MissingItem = {
  /** The documentation checklist item it belongs to. */
  checklistId: CrisisChecklistId;
  /** Form path of the field to fix, e.g. "note.presentation.precipitant". */
  field: string;
  message: string;
};

export type SignReadinessInput = {
  clinicianCredentials: string | null;
  meta: SessionMeta;
  note: NoteBody;
  timesAttested: boolean;
  segments: readonly { start: string; end: string | null }[];
  /** Error message from the billing engine for these segments (overlap, end before start), if any. */
  segmentProblem: string | null;
  /** Practice-local date of service (null until time is recorded): a follow-up cannot precede it. */
  dateOfService?: string | null;
};

const blank = (value: string): boolean => value.trim() === "";

/** Safety plan is required for moderate or high risk, and whenever the C-SSRS screen is high risk. */
export function safetyPlanRequired(note: Pick<NoteBody, "riskLevel" | "cssrs">): boolean {
  return note.riskLevel === "moderate" || note.riskLevel === "high" || highRiskReasons(note.cssrs).length > 0;
}

/**
 * Every rule of BILLING-RULES §5 in one pure function: the sign action refuses while the list is
 * non-empty, and the form shows the same list with links to the fields.
 */
export function findMissingItems(input: SignReadinessInput): MissingItem[] {
  const { note, meta } = input;
  const missing: MissingItem[] = [];
  const need = (checklistId: CrisisChecklistId, field: string, message: string, when: boolean) => {
    if (when) missing.push({ checklistId, field, message });
  };

  need("identification", "credentials", "Your credentials (e.g. LCSW) are not on file: ask your practice admin to add them.", !input.clinicianCredentials);

  need("diagnosis", "note.diagnoses", "Add at least one diagnosis (ICD-10-CM), the primary one first.", note.diagnoses.length === 0);

  need("modality", "meta.audioOnlyReason", "Say why video was not used for this audio-only contact.", meta.modality === "audio_only" && blank(meta.audioOnlyReason ?? ""));

  need("time-attestation", "segments", "Record at least one time segment.", input.segments.length === 0);
  need("time-attestation", "segments", "Stop the timer: every segment needs an end time.", input.segments.some((s) => s.end === null));
  need("time-attestation", "segments", input.segmentProblem ?? "", input.segmentProblem !== null);
  need("time-attestation", "timesAttested", "Confirm that the times are the actual face-to-face times.", !input.timesAttested);

  need("presentation", "note.presentation.precipitant", "Describe what precipitated the crisis.", blank(note.presentation.precipitant));
  need("presentation", "note.presentation.currentState", "Describe the client's current state.", blank(note.presentation.currentState));
  need("presentation", "note.presentation.whyUrgent", "Explain why this could not wait for a routine visit.", blank(note.presentation.whyUrgent));

  for (const id of itemsToAsk(note.cssrs)) {
    const item = CSSRS_ITEMS.find((i) => i.id === id);
    need("cssrs", `note.cssrs.${id}`, `Answer C-SSRS item ${item?.number}.`, note.cssrs[id] === null);
  }
  need("cssrs", "note.cssrs.behaviorPast3Months", "Say whether the suicidal behaviour was in the past 3 months.", note.cssrs.behavior === "yes" && note.cssrs.behaviorPast3Months === null);

  need("homicidal-ideation", "note.homicidalIdeation", "Answer whether there is homicidal ideation.", note.homicidalIdeation === null);
  need("homicidal-ideation", "note.homicidalDetails", "Describe the homicidal ideation.", note.homicidalIdeation === "yes" && blank(note.homicidalDetails));
  need("lethal-means", "note.lethalMeans", "Answer whether the client has access to lethal means.", note.lethalMeans === null);
  need("lethal-means", "note.lethalMeansDetails", "Describe the access to lethal means and what was done about it.", note.lethalMeans === "yes" && blank(note.lethalMeansDetails));

  need("risk-level", "note.riskLevel", "Choose a risk level.", note.riskLevel === null);
  need("risk-level", "note.riskRationale", "Give the rationale for the risk level.", blank(note.riskRationale));

  for (const domain of MSE_DOMAINS) {
    const finding = note.mse[domain.id];
    need("mse", `note.mse.${domain.id}.finding`, `Mental status: mark ${domain.label.toLowerCase()} within normal limits or describe it.`, !finding.normal && blank(finding.finding));
  }

  need("interventions", "note.interventions", "Choose at least one intervention used.", note.interventions.length === 0);
  need("resources", "note.resources", "List the resources mobilised (write “none” if none).", blank(note.resources));
  need("response", "note.clientResponse", "Describe the client's response.", blank(note.clientResponse));
  need("disposition", "note.disposition", "Choose a disposition.", note.disposition === null);
  need("disposition", "note.dispositionDetail", "Describe the disposition.", note.disposition === "other" && blank(note.dispositionDetail));
  need("follow-up", "note.followUp.plan", "Describe the follow-up plan.", blank(note.followUp.plan));
  need("follow-up", "note.followUp.date", "Give the follow-up date.", note.followUp.date === "");
  const before = Boolean(input.dateOfService) && note.followUp.date !== "" && note.followUp.date < (input.dateOfService ?? "");
  need("follow-up", "note.followUp.date", "The follow-up date cannot be before the date of service.", before);

  if (safetyPlanRequired(note)) {
    for (const step of SAFETY_PLAN_STEP_IDS) {
      const items = note.safetyPlan[step].filter((item) => !blank(item.text));
      need("safety-plan", `note.safetyPlan.${step}`, `Safety plan: add at least one item to “${SAFETY_PLAN_STEP_TITLES[step]}”.`, items.length === 0);
      need("safety-plan", `note.safetyPlan.${step}`, `Safety plan: replace the [bracketed] template text in “${SAFETY_PLAN_STEP_TITLES[step]}”.`, items.some((item) => hasTemplatePlaceholder(item.text)));
    }
  }
  return missing;
}
