import type { GuidanceEntry } from "../types";
import {
  PSYCHOTHERAPY_BENEFITS,
  PSYCHOTHERAPY_PAYER_NOTES,
  PSYCHOTHERAPY_PREPARATION,
  PSYCHOTHERAPY_RECOVERY,
  PSYCHOTHERAPY_RISKS,
  PSYCHOTHERAPY_STEPS,
} from "./psychotherapy-shared";
import { NO_ANESTHESIA, OUTPATIENT_SETTING, TALK_THERAPY_TOOLS, THERAPIST_PERSONNEL } from "./shared";

export const guidance90834: GuidanceEntry = {
  code: "90834",
  name: "Psychotherapy, 45 minutes (38–52 min)",
  category: "psychotherapy",
  summary:
    "Individual psychotherapy lasting 38 to 52 minutes, with the client present (family may join for part). The usual length of a routine outpatient therapy session.",
  purpose:
    "Ongoing treatment of a diagnosed condition: reducing symptoms, building skills and working through the problems set out in the treatment plan.",
  indications: [
    "Depressive, anxiety, trauma-related, adjustment and other disorders under active treatment",
    "Structured therapies delivered in standard-length sessions, such as cognitive behavioural or interpersonal therapy",
    "Regular visits after a crisis has settled, to consolidate safety and continue treatment",
  ],
  preparation: PSYCHOTHERAPY_PREPARATION,
  procedureSteps: PSYCHOTHERAPY_STEPS,
  toolsAndEquipment: TALK_THERAPY_TOOLS,
  anesthesia: NO_ANESTHESIA,
  duration: "Nominally 45 minutes: reportable for 38–52 minutes of face-to-face psychotherapy.",
  timeRange: {
    minMinutes: 38,
    maxMinutes: 52,
    note: "Under 38 minutes use 90832; from 53 minutes use 90837.",
  },
  setting: OUTPATIENT_SETTING,
  personnel: THERAPIST_PERSONNEL,
  risks: PSYCHOTHERAPY_RISKS,
  benefits: PSYCHOTHERAPY_BENEFITS,
  recovery: PSYCHOTHERAPY_RECOVERY,
  alternatives: [
    "90832 for a shorter, focused session; 90837 when more time is clinically needed",
    "90836 when a prescriber gives psychotherapy alongside an E/M visit",
    "Group (90853) or family (90846/90847) psychotherapy",
    "Medication management by a prescriber, alone or combined with therapy",
  ],
  patientExperience:
    "A regular therapy hour of about 45 minutes: time to review the week, work on the main problem in depth, and leave with something concrete to practise.",
  payerNotes: PSYCHOTHERAPY_PAYER_NOTES,
  similarCodes: ["90832", "90837", "90836", "90785"],
};
