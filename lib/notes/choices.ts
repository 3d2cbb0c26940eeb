/** Pick lists of the crisis note. Ids are stored; labels are what clinicians read. */

/** How the crisis contact began; `scheduled_follow_up` matters to billing (BILLING-RULES §5). */
export const CONTACT_STARTS = [
  "walk_in",
  "phone_call",
  "escalation_in_session",
  "mobile_outreach",
  "referral",
  "scheduled_follow_up",
] as const;
type ContactStart = (typeof CONTACT_STARTS)[number];

export const CONTACT_START_LABELS: Record<ContactStart, string> = {
  walk_in: "Walk-in",
  phone_call: "Phone call",
  escalation_in_session: "Escalation during a scheduled session",
  mobile_outreach: "Mobile outreach",
  referral: "Referral (e.g. school, ED, police, family)",
  scheduled_follow_up: "Pre-scheduled follow-up visit",
};

export const INTERVENTIONS = {
  de_escalation: "De-escalation and grounding",
  safety_planning: "Collaborative safety planning",
  lethal_means_counseling: "Lethal means counselling",
  problem_solving: "Problem solving about the precipitant",
  cognitive_restructuring: "Cognitive restructuring",
  coping_skills: "Coping skills practice (breathing, distress tolerance)",
  psychoeducation: "Psychoeducation about the crisis response",
  family_engagement: "Engaging family or supports",
  care_coordination: "Coordination with other providers",
  motivational: "Motivational interviewing toward safety",
} as const;
type InterventionId = keyof typeof INTERVENTIONS;
export const INTERVENTION_IDS = Object.keys(INTERVENTIONS) as [InterventionId, ...InterventionId[]];

export const DISPOSITIONS = {
  outpatient_with_safety_plan: "Remains outpatient with safety plan",
  voluntary_admission: "Voluntary inpatient admission",
  emergency_department: "Referred or escorted to the emergency department",
  involuntary_evaluation: "Involuntary evaluation initiated",
  mobile_crisis: "Handed to mobile crisis team",
  other: "Other (describe)",
} as const;
type DispositionId = keyof typeof DISPOSITIONS;
export const DISPOSITION_IDS = Object.keys(DISPOSITIONS) as [DispositionId, ...DispositionId[]];

export const RISK_LEVELS = { low: "Low", moderate: "Moderate", high: "High" } as const;
type RiskLevel = keyof typeof RISK_LEVELS;
export const RISK_LEVEL_IDS = Object.keys(RISK_LEVELS) as [RiskLevel, ...RiskLevel[]];
