import type { GuidanceEntry } from "../types";
import { NO_ANESTHESIA, OUTPATIENT_SETTING, PAYERS_VARY } from "./shared";

// Crisis exclusion: domain-research.md §2 (NCCI indicator 0; BCBS IL). Primary codes and the
// language-only exclusion follow CPT's interactive-complexity guidance.
export const guidance90785: GuidanceEntry = {
  code: "90785",
  name: "Interactive complexity (add-on)",
  category: "add-on",
  summary:
    "Add-on showing that specific communication problems made a psychiatric service harder to deliver. It describes the difficulty of carrying out the service, not the severity of the client's condition.",
  purpose:
    "To recognise the extra work when communication factors, rather than the diagnosis, complicate an evaluation or psychotherapy session.",
  indications: [
    "Managing strained communication between participants (high anxiety, high reactivity, repeated questions or disagreement) that gets in the way of care",
    "A caregiver's emotions or behaviour interfere with their ability to help carry out the treatment plan",
    "A sentinel event, such as evidence of abuse or neglect, that requires a mandated report to a third party, with the event and the report discussed in the session",
    "Play equipment, physical aids, an interpreter or a translator needed because the client has not developed, or has lost, the language skills for ordinary verbal therapy",
  ],
  preparation: [
    "Anticipate the complicating factor where you can (caregiver conflict, a young child, a communication aid) and plan the session around it.",
    "Have play materials, devices or interpreter support ready before the session.",
  ],
  procedureSteps: [
    "Deliver the primary service: diagnostic evaluation, individual psychotherapy, or group psychotherapy.",
    "Use what the barrier calls for: structure a tense conversation between participants, work through play or aids, or handle a mandated report.",
    "Document which factor was present, how it affected the service, and what you did about it.",
    "Report the primary code with +90785 added.",
  ],
  toolsAndEquipment: [
    "Play therapy materials, picture boards or communication devices",
    "Interpreter support where the client's own language skills are undeveloped or lost",
  ],
  anesthesia: NO_ANESTHESIA,
  duration:
    "No time of its own: it rides on the primary service, and the complicating factor must arise during that service.",
  setting: OUTPATIENT_SETTING,
  personnel: ["The clinician delivering the primary service, whether therapist or prescriber"],
  risks: [
    "Conflict between participants can escalate; set structure and ground rules early.",
    "A mandated report can strain trust; explain the duty plainly and involve the client and family where it is safe.",
  ],
  benefits: [
    "Sessions that would otherwise stall can go ahead",
    "Children and people with limited language skills can take part in therapy",
    "The record shows why the service needed extra effort",
  ],
  recovery: "None beyond that of the primary service.",
  alternatives: [
    "Family psychotherapy (90846/90847) when family interaction is itself the focus of treatment",
    "Separate sessions with caregivers to lower conflict before joint work",
  ],
  patientExperience:
    "The session feels much like any other; the client may notice play materials, a communication aid, or the clinician taking firmer charge of a tense conversation.",
  payerNotes: [
    "Add-on only: reported with 90791, 90792, 90832–90838 or 90853, never alone.",
    "Not reported with crisis psychotherapy (90839/90840).",
    "Not reported with an E/M visit alone; with an E/M only when a psychotherapy add-on (90833, 90836 or 90838) is reported too.",
    "Not for interpretation or translation when the only barrier is that the client speaks another language.",
    "Not listed as an add-on for family psychotherapy (90846/90847).",
    "Reviewers look for the specific factor and its effect in the note; a generic statement is not enough.",
    PAYERS_VARY,
  ],
  similarCodes: ["90791", "90832", "90834", "90853", "90839"],
};
