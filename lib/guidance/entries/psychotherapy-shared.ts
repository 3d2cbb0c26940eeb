import { CRISIS_SAME_DAY_NOTE, PAYERS_VARY, TELEHEALTH_NOTE, TIMED_DOCUMENTATION_NOTE } from "./shared";

// Common to individual psychotherapy, with or without E/M (90832–90838).
// Sources: domain-research.md §1.2 (time ranges), §2 (conflicts), §3 (documentation), §4 (telehealth).

export const PSYCHOTHERAPY_PREPARATION = [
  "Review the treatment plan and the last note, and choose a focus for the session.",
  "For telehealth, confirm the client's location and a callback number at the start.",
  "Plan to record the actual start and stop times of the psychotherapy.",
];

export const PSYCHOTHERAPY_RISKS = [
  "Distress can rise for a while when painful material is explored; close with grounding and a plan.",
  "New risk can surface mid-session; screen for it and be ready to move to crisis work if it becomes urgent.",
];

export const PSYCHOTHERAPY_BENEFITS = [
  "Symptom relief and better day-to-day functioning",
  "New coping and relationship skills the client can use between sessions",
  "Progress that can be measured against treatment-plan goals",
];

export const PSYCHOTHERAPY_RECOVERY =
  "No recovery period. The client returns to daily life and practises agreed skills or tasks before the next visit.";

export const PSYCHOTHERAPY_PAYER_NOTES = [
  "Time-based: choose the code from the actual psychotherapy minutes (16–37, 38–52, 53 or more). Under 16 minutes no psychotherapy code applies.",
  "The client must be present for all or most of the psychotherapy time (CPT, since 2017); family members may take part.",
  CRISIS_SAME_DAY_NOTE,
  "Not reported by the same clinician on the same date as a diagnostic evaluation (90791/90792).",
  "+90785 may be added when interactive complexity is present and documented.",
  "Medicare generally allows one timed psychotherapy unit per day, outside partial hospitalisation.",
  TIMED_DOCUMENTATION_NOTE,
  TELEHEALTH_NOTE,
  PAYERS_VARY,
];

export const PSYCHOTHERAPY_STEPS = [
  "Check in on symptoms, risk and events since the last visit.",
  "Agree the focus for today with the client.",
  "Deliver the planned intervention (for example CBT, DBT skills, supportive, psychodynamic or motivational work).",
  "Review progress against treatment-plan goals and agree practice for the coming week.",
  "Document modality, interventions, the client's response, the plan, and actual times.",
];
