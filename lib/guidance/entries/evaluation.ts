import type { GuidanceEntry } from "../types";
import { NO_ANESTHESIA, OUTPATIENT_SETTING, PAYERS_VARY, PRESCRIBER_PERSONNEL, TELEHEALTH_NOTE, THERAPIST_PERSONNEL } from "./shared";

// 90791/90792. Same-day rules: domain-research.md §2 (no psychotherapy incl. crisis; no E/M —
// L34616). Medicaid note: MN MHCP, §1.5.

const EVALUATION_STEPS = [
  "Explain confidentiality and its limits, and obtain consent.",
  "Explore the presenting problem and how it developed.",
  "Take the psychiatric history: earlier episodes and treatment, substance use, self-harm and suicide attempts.",
  "Record medical history and current medications.",
  "Cover family, social, developmental, educational and work history, trauma, and the client's strengths.",
  "Complete a mental status exam and a risk assessment.",
  "Gather collateral information from family or other sources where it helps and the client agrees.",
  "Share a formulation, diagnosis and recommendations, and agree an initial plan or referral.",
];

const EVALUATION_PAYER_NOTES = [
  "Untimed: reported once for the evaluation, not per unit of time; recording the time spent is still good practice.",
  "Not reported by the same clinician on the same date as psychotherapy, including crisis psychotherapy (90839/90840).",
  "Not reported with an E/M visit by the same clinician on the same date.",
  "Many payers limit how often an evaluation may be billed (for example once per episode of care) unless a new one is justified.",
  "+90785 may be added when interactive complexity is present and documented.",
  "Some Medicaid programs allow one psychotherapy session, including crisis, before the diagnostic assessment is done.",
  TELEHEALTH_NOTE,
  PAYERS_VARY,
];

const EVALUATION_RISKS = [
  "Going over history, especially trauma, can be upsetting; pace the interview and check in.",
  "Risk found during the evaluation may need action that day. Crisis codes cannot be billed with an evaluation on the same date, so report the one that best reflects the service.",
];

const EVALUATION_BENEFITS = [
  "An accurate diagnosis and a shared understanding of the problem",
  "A treatment plan matched to the client's needs and goals",
  "Early recognition of risk",
];

const EVALUATION_EXPERIENCE =
  "A long, structured conversation about what brought the client in, their history and their life now, often with questionnaires. The client leaves knowing the clinician's view and the next steps.";

export const guidance90791: GuidanceEntry = {
  code: "90791",
  name: "Diagnostic evaluation, no medical services",
  category: "evaluation",
  summary:
    "An initial psychiatric diagnostic evaluation without medical services: an integrated look at history, current mental state and functioning that leads to a diagnosis and treatment recommendations. It may include interviews with family or other informants.",
  purpose:
    "To understand the client's difficulties well enough to make a diagnosis, judge risk, and agree a treatment plan or referral.",
  indications: [
    "Starting care with a new client",
    "A new episode of care after a long gap, or a major change in presentation",
    "A referral asking for a diagnostic opinion",
    "Re-evaluation when the diagnosis is in doubt or treatment is not working (payer limits apply)",
  ],
  preparation: [
    "Send intake forms and consent in advance, and request earlier records with the client's authorisation.",
    "Choose screening measures to use, such as the PHQ-9, GAD-7 and C-SSRS.",
  ],
  procedureSteps: EVALUATION_STEPS,
  toolsAndEquipment: [
    "A private room, or a secure video platform suitable for health care",
    "Intake questionnaires and standard screening measures",
    "Release-of-information forms for collateral contacts and records",
  ],
  anesthesia: NO_ANESTHESIA,
  duration: "Untimed; often an hour or more, and may need more than one meeting where the payer allows.",
  setting: OUTPATIENT_SETTING,
  personnel: THERAPIST_PERSONNEL,
  risks: EVALUATION_RISKS,
  benefits: EVALUATION_BENEFITS,
  recovery: "No recovery period; some clients feel tired or stirred up after telling their story.",
  alternatives: [
    "90792 when a prescriber includes medical assessment",
    "A new-patient E/M visit by a prescriber (not on the same date as 90791 or 90792)",
    "Brief screening in primary care with referral",
  ],
  patientExperience: EVALUATION_EXPERIENCE,
  payerNotes: EVALUATION_PAYER_NOTES,
  similarCodes: ["90792", "90785", "90832", "90839"],
};

export const guidance90792: GuidanceEntry = {
  code: "90792",
  name: "Diagnostic evaluation with medical services",
  category: "evaluation",
  summary:
    "An initial psychiatric diagnostic evaluation that also includes medical services: everything in 90791 plus medical assessment, such as relevant physical examination, review or ordering of tests, and medication review and prescribing.",
  purpose:
    "To reach a diagnosis and a treatment plan that takes in medical causes, medical conditions and medication from the start.",
  indications: [
    "A new client likely to need medication",
    "Symptoms that may have a medical or substance-related cause",
    "Complex medication histories, side effects or interactions",
    "A new episode of care with a prescriber",
  ],
  preparation: [
    "Gather the medication list, allergies, recent labs and relevant medical records.",
    "Send intake forms and consent in advance; choose screening measures.",
  ],
  procedureSteps: [
    ...EVALUATION_STEPS,
    "Add the medical elements: focused examination as indicated, review or ordering of labs, medication decisions and prescribing.",
  ],
  toolsAndEquipment: [
    "Examination space and equipment for vital signs when seen in person",
    "Prescribing system and access to lab results",
    "Intake questionnaires and standard screening measures",
  ],
  anesthesia: NO_ANESTHESIA,
  duration: "Untimed; often an hour or more.",
  setting: OUTPATIENT_SETTING,
  personnel: PRESCRIBER_PERSONNEL,
  risks: [
    ...EVALUATION_RISKS,
    "Starting medication carries side-effect and interaction risks that need explaining and follow-up.",
  ],
  benefits: [...EVALUATION_BENEFITS, "Medical contributors identified and medication started when indicated"],
  recovery: "No recovery period; a follow-up is arranged to check response to any medication started.",
  alternatives: [
    "90791 by a non-prescribing clinician, with a separate prescriber referral if needed",
    "A new-patient E/M visit instead of 90792 (not both for the same encounter)",
  ],
  patientExperience: EVALUATION_EXPERIENCE,
  payerNotes: [
    "Report either 90792 or a new-patient E/M for the same evaluation, not both.",
    ...EVALUATION_PAYER_NOTES,
  ],
  similarCodes: ["90791", "90833", "90785", "90839"],
};
