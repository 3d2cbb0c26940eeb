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

export const guidance90837: GuidanceEntry = {
  code: "90837",
  name: "Psychotherapy, 60 minutes (53+ min)",
  category: "psychotherapy",
  summary:
    "Individual psychotherapy lasting 53 minutes or more, with the client present (family may join for part). Longer individual sessions are still reported with this code; there is no higher-time individual psychotherapy code.",
  purpose:
    "Extended therapeutic work when a standard session is not enough: trauma processing, complex presentations, or work that needs time to open and close safely.",
  indications: [
    "Trauma-focused therapy where exposure or processing needs time to settle before the client leaves",
    "Complex or co-occurring conditions that need longer sessions to make progress",
    "A scheduled session that is intense but not a crisis (crisis codes need a genuine, urgent crisis)",
  ],
  preparation: [
    ...PSYCHOTHERAPY_PREPARATION,
    "Note in the plan why the longer session is clinically needed.",
  ],
  procedureSteps: PSYCHOTHERAPY_STEPS,
  toolsAndEquipment: TALK_THERAPY_TOOLS,
  anesthesia: NO_ANESTHESIA,
  duration: "Nominally 60 minutes: reportable from 53 minutes of face-to-face psychotherapy, with no upper limit.",
  timeRange: {
    minMinutes: 53,
    maxMinutes: null,
    note: "Under 53 minutes use 90834. Longer sessions are still one unit of 90837.",
  },
  setting: OUTPATIENT_SETTING,
  personnel: THERAPIST_PERSONNEL,
  risks: [
    ...PSYCHOTHERAPY_RISKS,
    "Long sessions can tire the client; pace the work and leave time to close.",
  ],
  benefits: [...PSYCHOTHERAPY_BENEFITS, "Room to finish difficult work within one session"],
  recovery: PSYCHOTHERAPY_RECOVERY,
  alternatives: [
    "90834 when a standard-length session is enough",
    "90839 when the contact is an urgent crisis, including one that arises during a scheduled session",
    "90838 when a prescriber gives psychotherapy alongside an E/M visit",
    "Intensive outpatient or partial hospitalisation programmes for more care than weekly therapy offers",
  ],
  patientExperience:
    "A full hour, giving time to go deeper, and to come back to a calm state before leaving.",
  payerNotes: [
    "Some payers review frequent 60-minute sessions and may ask for the clinical reason the longer session is needed.",
    ...PSYCHOTHERAPY_PAYER_NOTES,
  ],
  similarCodes: ["90834", "90832", "90838", "90839", "90785"],
};
