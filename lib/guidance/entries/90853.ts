import type { GuidanceEntry } from "../types";
import { CRISIS_SAME_DAY_NOTE, NO_ANESTHESIA, PAYERS_VARY, TELEHEALTH_NOTE, THERAPIST_PERSONNEL } from "./shared";

export const guidance90853: GuidanceEntry = {
  code: "90853",
  name: "Group psychotherapy, per client (untimed)",
  category: "group",
  summary:
    "Psychotherapy led by a clinician for a group of clients with shared goals or difficulties, using the interaction between members as part of treatment. It is reported once for each client who takes part; multi-family groups use a different code.",
  purpose:
    "To use shared experience, peer feedback and practice of relationships within the group to reduce symptoms and build skills.",
  indications: [
    "Depression, anxiety, trauma-related or substance use disorders where a group format suits the client",
    "Skills groups, such as DBT skills, where the clinician delivers psychotherapy rather than education alone",
    "Clients who benefit from peer support and practising how they relate to others",
    "Step-down care after a crisis or hospitalisation",
  ],
  preparation: [
    "Screen each member for fit and readiness before they join.",
    "Agree group rules on confidentiality, respect and safety.",
    "Plan what to do if a member becomes distressed or discloses risk during the group.",
  ],
  procedureSteps: [
    "Open with a check-in from each member.",
    "Work on the session's theme or skill, using the group's interaction.",
    "Watch each member's response and follow up individually with anyone who may be at risk.",
    "Close with a summary and practice for the week.",
    "Write a note for each member that reflects their own participation and progress.",
  ],
  toolsAndEquipment: [
    "A room large enough for the group, or a secure video platform that supports groups",
    "Skills handouts, worksheets or diary cards",
  ],
  anesthesia: NO_ANESTHESIA,
  duration: "Untimed: one unit per client per session whatever its length; groups commonly run 60–90 minutes. Record the session length anyway.",
  setting: "Clinic or office group room, programme sites such as intensive outpatient services, or telehealth.",
  personnel: [...THERAPIST_PERSONNEL, "A co-facilitator where group size or acuity calls for one"],
  risks: [
    "The clinician cannot guarantee that members keep what they hear private; explain this at the start.",
    "One member's distress can unsettle others; keep a plan for individual follow-up.",
    "Some clients feel exposed speaking in a group and need time to settle in.",
  ],
  benefits: [
    "Less isolation, and hope drawn from others' progress",
    "Practice of social and coping skills with real feedback",
    "Treatment for more clients with the same clinician time",
  ],
  recovery: "No recovery period; members practise skills between sessions.",
  alternatives: [
    "Individual psychotherapy (90832, 90834, 90837)",
    "Family psychotherapy (90846/90847)",
    "Peer-led support groups",
  ],
  patientExperience:
    "The client joins a small group led by a therapist. Early sessions can feel uncomfortable; many people find it a relief to hear others describe similar struggles.",
  payerNotes: [
    "Reported once for each participating client, in that client's own record; each note must reflect that client's participation.",
    "Not for multi-family groups (90849) or education-only groups with no psychotherapy.",
    CRISIS_SAME_DAY_NOTE,
    "+90785 may be added for a member when interactive complexity applies to that member.",
    "Some payers limit group size or the number of sessions; check before starting a group.",
    TELEHEALTH_NOTE,
    PAYERS_VARY,
  ],
  similarCodes: ["90847", "90834", "90785"],
};
