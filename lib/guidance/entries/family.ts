import type { GuidanceEntry } from "../types";
import {
  CRISIS_SAME_DAY_NOTE,
  NO_ANESTHESIA,
  OUTPATIENT_SETTING,
  PAYERS_VARY,
  TALK_THERAPY_TOOLS,
  TELEHEALTH_NOTE,
  THERAPIST_PERSONNEL,
  TIMED_DOCUMENTATION_NOTE,
} from "./shared";

// 90846/90847: nominally 50 minutes; reportable from 26 (CPT midpoint rule, domain-research.md
// §1.3). Not with crisis codes the same day (§2).

const FAMILY_TIME_RANGE = {
  minMinutes: 26,
  maxMinutes: null,
  note: "Nominally 50 minutes; the midpoint rule makes it reportable from 26. A longer session is still one unit with most payers.",
};

const FAMILY_PAYER_NOTES = [
  "Billed under the identified client; the work must serve that client's treatment, not family members' own problems.",
  CRISIS_SAME_DAY_NOTE,
  "Not listed as a primary code for +90785 interactive complexity.",
  TIMED_DOCUMENTATION_NOTE,
  TELEHEALTH_NOTE,
  PAYERS_VARY,
];

const FAMILY_RISKS = [
  "Sessions can become heated; agree ground rules and step in early.",
  "Share only what the client has agreed to, and be clear about what stays private.",
];

export const guidance90846: GuidanceEntry = {
  code: "90846",
  name: "Family psychotherapy without the client, 50 minutes (26+ min)",
  category: "family",
  summary:
    "Psychotherapy with family members while the identified client is not present. The focus stays on the client's condition and treatment: how the family understands it, responds to it, and can support change.",
  purpose:
    "To change family patterns that keep the client's problems going and help the family support the treatment plan, when meeting without the client is clinically useful.",
  indications: [
    "Parent guidance for a child's emotional or behavioural disorder",
    "Carers struggling to respond to a relative's serious mental illness or self-harm",
    "Topics that cannot safely or usefully be raised with the client in the room",
    "Preparing family to support a safety plan after a crisis, with the client's consent",
  ],
  preparation: [
    "Confirm the client's consent (or legal authority) for the meeting and what may be shared.",
    "Agree with the family that the focus is the client's treatment.",
  ],
  procedureSteps: [
    "Set the purpose and ground rules, including confidentiality.",
    "Explore how the family sees the problem and how they respond to it.",
    "Teach and rehearse more helpful responses, such as validation, limit-setting or crisis steps.",
    "Agree actions for the family and how they will be reviewed.",
    "Document who attended, the focus on the client's treatment, interventions and actual times.",
  ],
  toolsAndEquipment: TALK_THERAPY_TOOLS,
  anesthesia: NO_ANESTHESIA,
  duration: "Nominally 50 minutes; reportable from 26 minutes.",
  timeRange: FAMILY_TIME_RANGE,
  setting: OUTPATIENT_SETTING,
  personnel: THERAPIST_PERSONNEL,
  risks: [...FAMILY_RISKS, "The client may feel talked about; tell them the purpose and, as agreed, what was discussed."],
  benefits: [
    "Family responses that support recovery rather than work against it",
    "Carers who feel less helpless and know what to do in a crisis",
  ],
  recovery: "No recovery period; the family practises agreed changes at home.",
  alternatives: [
    "90847 when having the client present is clinically better",
    "Individual psychotherapy for the client",
    "Family support groups and carer education programmes",
  ],
  patientExperience:
    "Family members meet the therapist without the client to talk about how best to help; many leave relieved to have a plan and feel less alone.",
  payerNotes: [
    "Coverage of sessions without the client varies more than for 90847; check before scheduling.",
    ...FAMILY_PAYER_NOTES,
  ],
  similarCodes: ["90847", "90832", "90834"],
};

export const guidance90847: GuidanceEntry = {
  code: "90847",
  name: "Family psychotherapy with the client, 50 minutes (26+ min)",
  category: "family",
  summary:
    "Psychotherapy with the identified client and family members together, working on how relationships and patterns of interaction affect the client's condition and recovery.",
  purpose:
    "To improve communication, problem-solving and support within the family so the client's treatment goals are easier to reach.",
  indications: [
    "An adolescent with depression or self-harm, seen with parents",
    "Family conflict or communication that keeps the client's symptoms going",
    "A return home after hospitalisation or a crisis, including going over the safety plan together",
    "Couple sessions aimed at the identified client's diagnosed condition",
  ],
  preparation: [
    "Agree with the client who will attend and what is off limits.",
    "Set a focus linked to the client's treatment plan.",
  ],
  procedureSteps: [
    "Set the purpose and ground rules so each person can speak safely.",
    "Map the interaction patterns around the problem.",
    "Coach more helpful communication and problem-solving in the session.",
    "Agree tasks for the family between sessions.",
    "Document who attended, the focus on the client's treatment, interventions and actual times.",
  ],
  toolsAndEquipment: TALK_THERAPY_TOOLS,
  anesthesia: NO_ANESTHESIA,
  duration: "Nominally 50 minutes; reportable from 26 minutes.",
  timeRange: FAMILY_TIME_RANGE,
  setting: OUTPATIENT_SETTING,
  personnel: THERAPIST_PERSONNEL,
  risks: [...FAMILY_RISKS, "A client may hold back in front of family; offer individual time when needed."],
  benefits: [
    "Better communication and fewer conflicts at home",
    "Family members who understand the condition and the safety plan",
    "Support for change that continues between sessions",
  ],
  recovery: "No recovery period; the family tries agreed changes at home.",
  alternatives: [
    "90846 when meeting without the client is clinically better",
    "Individual psychotherapy (90832, 90834, 90837)",
    "Group psychotherapy (90853)",
  ],
  patientExperience:
    "The client and family meet together with the therapist, who keeps the conversation safe and fair. It can feel awkward at first, and often eases tension at home.",
  payerNotes: [
    "Couple sessions count only when they treat the identified client's diagnosed condition; relationship counselling on its own is generally not covered.",
    ...FAMILY_PAYER_NOTES,
  ],
  similarCodes: ["90846", "90834", "90853"],
};
