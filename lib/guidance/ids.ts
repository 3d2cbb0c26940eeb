// The ids the note form and the sign rules key on, without the guidance schemas (and zod): the
// note page's browser code needs the ids, only the server validates guidance entries.

export const SAFETY_PLAN_STEP_IDS = [
  "warning-signs",
  "internal-coping",
  "social-distraction",
  "help-contacts",
  "professional-contacts",
  "safe-environment",
  "reasons-for-living",
] as const;
export type SafetyPlanStepId = (typeof SAFETY_PLAN_STEP_IDS)[number];

/**
 * The crisis documentation checklist (BILLING-RULES §5), in order. The note form and the sign
 * checks key on these ids, and signed notes store them: add ids, never rename one.
 */
export const CRISIS_CHECKLIST_IDS = [
  "identification",
  "diagnosis",
  "modality",
  "time-attestation",
  "presentation",
  "cssrs",
  "homicidal-ideation",
  "lethal-means",
  "risk-level",
  "mse",
  "interventions",
  "resources",
  "response",
  "disposition",
  "follow-up",
  "safety-plan",
] as const;
export type CrisisChecklistId = (typeof CRISIS_CHECKLIST_IDS)[number];

/** A stored guidance panel may come from another version: its ids are checked, not assumed. */
export const isCrisisChecklistId = (id: string): id is CrisisChecklistId => CRISIS_CHECKLIST_IDS.some((known) => known === id);
