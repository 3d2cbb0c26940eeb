import { SAFETY_PLAN_STEP_IDS, type SafetyPlanStepId } from "@/lib/guidance/ids";

/** The parts of a crisis note in the order the form shows them; their place gives their number. */
const NOTE_SECTIONS = ["contact", "presentation", "cssrs", "risk", "mse", "interventions", "disposition", "safetyPlan", "coding", "sign"] as const;
export type NoteSectionKey = (typeof NOTE_SECTIONS)[number];

const SECTION_NAMES: Record<NoteSectionKey, string> = {
  contact: "Contact and modality",
  presentation: "Crisis presentation",
  cssrs: "Suicide risk screen (C-SSRS)",
  risk: "Risk to others, lethal means and risk level",
  mse: "Mental status exam",
  interventions: "Interventions, resources and response",
  disposition: "Disposition and follow-up",
  safetyPlan: "Safety plan",
  coding: "Diagnoses and other services today",
  sign: "Attest and sign",
};

/** "3. Suicide risk screen (C-SSRS)": the editor and the signed and printed note number alike. */
export const noteSectionTitle = (section: NoteSectionKey): string => `${NOTE_SECTIONS.indexOf(section) + 1}. ${SECTION_NAMES[section]}`;

/** The clinician's names for the Stanley–Brown steps (the client's copy uses the template's plain words). */
export const SAFETY_PLAN_STEP_TITLES: Record<SafetyPlanStepId, string> = {
  "warning-signs": "Warning signs",
  "internal-coping": "Internal coping strategies",
  "social-distraction": "People and places for distraction",
  "help-contacts": "People to ask for help",
  "professional-contacts": "Professionals and agencies",
  "safe-environment": "Making the environment safe",
  "reasons-for-living": "Reasons for living",
};

/** "Step 1: Warning signs", in the editor and the signed note; the client's copy passes its own title. */
export const safetyPlanStepHeading = (step: SafetyPlanStepId, title: string = SAFETY_PLAN_STEP_TITLES[step]): string =>
  `Step ${SAFETY_PLAN_STEP_IDS.indexOf(step) + 1}: ${title}`;
