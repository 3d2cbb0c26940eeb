// Wording reused by several entries, so a correction is made once.

export const NO_ANESTHESIA = "None. This is a talking therapy; no sedation or anaesthesia is involved.";

export const OUTPATIENT_SETTING =
  "Office or clinic, the client's home, a school or community site, or telehealth (video, or audio-only where the payer allows it).";

export const THERAPIST_PERSONNEL = [
  "A licensed mental health clinician working within scope: psychologist, clinical social worker, professional counselor, marriage and family therapist, psychiatric nurse practitioner or psychiatrist",
  "Trainees or associates only where the payer and state allow it, with the supervision shown in the record",
];

export const PRESCRIBER_PERSONNEL = [
  "A clinician who can bill E/M services, such as a psychiatrist or other physician, psychiatric nurse practitioner or physician assistant, within state scope of practice",
];

export const TALK_THERAPY_TOOLS = [
  "A private room, or a secure video platform suitable for health care",
  "Standard measures where used, such as the PHQ-9 or GAD-7",
  "Worksheets, skills handouts or a between-session practice log",
];

// Sources: domain-research.md §4 (POS 02/10, modifiers 95/93, commercial variation).
export const TELEHEALTH_NOTE =
  "Telehealth: POS 10 when the client is at home, 02 elsewhere; modifier 95 for video or 93 for audio-only (record why video was not used). Medicare and commercial payers handle modifiers differently, so check each payer.";

// Source: BILLING-RULES.md §4; domain-research.md §2.
export const CRISIS_SAME_DAY_NOTE =
  "Not reported by the same clinician for the same client on the same date as crisis psychotherapy (90839/+90840).";

// Source: Noridian SMRC 01-106; Novitas — domain-research.md §1.5 and §3.
export const TIMED_DOCUMENTATION_NOTE =
  "Record actual start and stop times or the total psychotherapy time; units the documented time does not support are a common audit denial.";

export const PAYERS_VARY =
  "Payers vary: confirm current coverage, documentation rules and which clinician types may bill with each payer.";
