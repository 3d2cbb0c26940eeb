import type { GuidanceEntry, TimeRange } from "../types";
import { PSYCHOTHERAPY_BENEFITS, PSYCHOTHERAPY_RECOVERY, PSYCHOTHERAPY_RISKS } from "./psychotherapy-shared";
import {
  CRISIS_SAME_DAY_NOTE,
  NO_ANESTHESIA,
  OUTPATIENT_SETTING,
  PAYERS_VARY,
  PRESCRIBER_PERSONNEL,
  TELEHEALTH_NOTE,
  TIMED_DOCUMENTATION_NOTE,
} from "./shared";

// Psychotherapy add-ons reported with an E/M visit (90833, 90836, 90838): same time ranges as
// 90832/90834/90837. Sources: domain-research.md §1.2 and §2 (E/M level by MDM; psychotherapy
// time kept apart from E/M time; not with crisis codes).

type EmAddOnSpec = {
  code: string;
  name: string;
  minutesLabel: string;
  timeRange: TimeRange;
  standaloneCode: string;
  similarCodes: string[];
};

function emAddOn(spec: EmAddOnSpec): GuidanceEntry {
  return {
    code: spec.code,
    name: spec.name,
    category: "add-on",
    summary: `Psychotherapy of ${spec.minutesLabel} given on the same day, by the same clinician, as a separately identifiable evaluation and management (E/M) visit, typically a medication-management visit by a psychiatric prescriber. It is always added to the E/M code, never billed alone.`,
    purpose:
      "To let a prescriber combine medical management and psychotherapy in one visit, so medication decisions and therapeutic work support each other.",
    indications: [
      "A client seen for medication management who also needs therapeutic work in the same visit",
      "Conditions where medication and psychotherapy together work better than either alone, such as moderate to severe depression",
      "Adherence, side-effect worries or ambivalence about treatment explored with supportive or motivational techniques",
    ],
    preparation: [
      "Plan the E/M part (history, review of medication, decisions) and the psychotherapy part as distinct pieces of the visit.",
      "Time the psychotherapy separately from the E/M work so the minutes can be shown on their own.",
    ],
    procedureSteps: [
      "Complete the E/M work: symptom and side-effect review, medication decisions, any orders.",
      "Move to psychotherapy with a defined focus and technique.",
      "Record the psychotherapy start and stop times apart from the E/M time.",
      "Document both parts so each stands on its own: E/M findings and decisions, then psychotherapy interventions and response.",
    ],
    toolsAndEquipment: [
      "A private room, or a secure video platform suitable for health care",
      "Medication list, prescribing record and any recent labs",
      "Standard measures where used, such as the PHQ-9 or GAD-7",
    ],
    anesthesia: NO_ANESTHESIA,
    duration: `Psychotherapy of ${spec.minutesLabel}, counted apart from the E/M time.`,
    timeRange: spec.timeRange,
    setting: OUTPATIENT_SETTING,
    personnel: PRESCRIBER_PERSONNEL,
    risks: PSYCHOTHERAPY_RISKS,
    benefits: [
      ...PSYCHOTHERAPY_BENEFITS,
      "Medication and therapy planned together by one clinician, in one visit",
    ],
    recovery: PSYCHOTHERAPY_RECOVERY,
    alternatives: [
      `${spec.standaloneCode} from a therapist, alongside separate medication visits`,
      "An E/M visit alone when no psychotherapy is given",
      "Group (90853) or family (90846/90847) psychotherapy",
    ],
    patientExperience:
      "One visit covers both medication and talking therapy: the prescriber checks how treatment is going, then spends dedicated time on therapeutic work.",
    payerNotes: [
      "Add-on: reported only with an E/M code (for example 99202–99215 in the office) on the same claim and date, by the same clinician.",
      "Choose the E/M level by medical decision making; psychotherapy minutes never count toward the E/M.",
      "Both parts must be documented so that each is clearly separate and medically necessary.",
      CRISIS_SAME_DAY_NOTE,
      "+90785 may be added when interactive complexity is present and documented.",
      TIMED_DOCUMENTATION_NOTE,
      TELEHEALTH_NOTE,
      PAYERS_VARY,
    ],
    similarCodes: spec.similarCodes,
  };
}

export const guidance90833 = emAddOn({
  code: "90833",
  name: "Psychotherapy with an E/M visit, 30 minutes (add-on, 16–37 min)",
  minutesLabel: "16–37 minutes",
  timeRange: { minMinutes: 16, maxMinutes: 37, note: "Psychotherapy minutes only, excluding E/M time. From 38 minutes use 90836." },
  standaloneCode: "90832",
  similarCodes: ["90832", "90836", "90838", "90792"],
});

export const guidance90836 = emAddOn({
  code: "90836",
  name: "Psychotherapy with an E/M visit, 45 minutes (add-on, 38–52 min)",
  minutesLabel: "38–52 minutes",
  timeRange: { minMinutes: 38, maxMinutes: 52, note: "Psychotherapy minutes only, excluding E/M time. Under 38 use 90833; from 53 use 90838." },
  standaloneCode: "90834",
  similarCodes: ["90834", "90833", "90838"],
});

export const guidance90838 = emAddOn({
  code: "90838",
  name: "Psychotherapy with an E/M visit, 60 minutes (add-on, 53+ min)",
  minutesLabel: "53 minutes or more",
  timeRange: { minMinutes: 53, maxMinutes: null, note: "Psychotherapy minutes only, excluding E/M time. Under 53 use 90836." },
  standaloneCode: "90837",
  similarCodes: ["90837", "90836", "90833"],
});
