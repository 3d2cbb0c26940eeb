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

export const guidance90832: GuidanceEntry = {
  code: "90832",
  name: "Psychotherapy, 30 minutes (16–37 min)",
  category: "psychotherapy",
  summary:
    "Individual psychotherapy lasting 16 to 37 minutes, with the client present (family may join for part). It is also the code for crisis work that adds up to less than 30 minutes on a date.",
  purpose:
    "Brief, focused therapeutic work on one or two goals: reviewing progress, rehearsing a skill, or a short check-in, for example after a recent crisis.",
  indications: [
    "Follow-up visits focused on a single treatment-plan goal",
    "Skill rehearsal or a short check-in, such as reviewing a safety plan after a crisis",
    "Clients who manage shorter sessions better, for example young children or people with cognitive or medical limits",
    "Crisis psychotherapy that totals 16–29 minutes on a date, below the 30-minute minimum for 90839",
  ],
  preparation: PSYCHOTHERAPY_PREPARATION,
  procedureSteps: PSYCHOTHERAPY_STEPS,
  toolsAndEquipment: TALK_THERAPY_TOOLS,
  anesthesia: NO_ANESTHESIA,
  duration: "Nominally 30 minutes: reportable for 16–37 minutes of face-to-face psychotherapy.",
  timeRange: {
    minMinutes: 16,
    maxMinutes: 37,
    note: "Under 16 minutes no psychotherapy code applies; from 38 minutes use 90834.",
  },
  setting: OUTPATIENT_SETTING,
  personnel: THERAPIST_PERSONNEL,
  risks: [
    ...PSYCHOTHERAPY_RISKS,
    "A short session can leave material open; leave time to close and settle the client before they go.",
  ],
  benefits: [...PSYCHOTHERAPY_BENEFITS, "Easier to fit around work, school or care needs"],
  recovery: PSYCHOTHERAPY_RECOVERY,
  alternatives: [
    "90834 or 90837 when a longer session is clinically needed",
    "90833 when a prescriber gives psychotherapy alongside an E/M visit",
    "Group (90853) or family (90846/90847) psychotherapy",
    "Self-help materials and peer support",
  ],
  patientExperience:
    "A short, focused conversation. The client and clinician pick one thing to work on, practise it, and agree what to try before next time.",
  payerNotes: [
    "When crisis psychotherapy on a date totals 16–29 minutes, 90832 is reported instead of 90839.",
    ...PSYCHOTHERAPY_PAYER_NOTES,
  ],
  similarCodes: ["90833", "90834", "90837", "90839", "90785"],
};
