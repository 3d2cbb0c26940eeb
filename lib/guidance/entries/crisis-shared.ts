import { PAYERS_VARY, TELEHEALTH_NOTE } from "./shared";

// Material common to 90839 and +90840. Sources: BILLING-RULES.md §1–§5; domain-research.md §1–§4.

export const CRISIS_SETTING =
  "Wherever the crisis is met: office, the client's home, emergency department, mobile crisis unit, school, community or outreach site, or telehealth (video, or audio-only when the client cannot or will not use video). The place-of-service code follows the client's location.";

export const CRISIS_PERSONNEL = [
  "A licensed mental health clinician working within scope: psychiatrist, psychologist, clinical social worker, professional counselor, marriage and family therapist or psychiatric nurse practitioner",
  "Trainees only where the payer and state allow it (some Medicaid programs do), with supervision shown in the record",
  "Others as the situation needs: family or carers, an interpreter, a mobile crisis team, emergency services",
];

export const CRISIS_TOOLS = [
  "A private, calm space, or a secure video platform with the client's current address and a callback number confirmed",
  "C-SSRS screener (six items with skip logic)",
  "Safety plan form (Stanley–Brown steps), paper or electronic, with a copy for the client",
  "An up-to-date list of local crisis services, mobile crisis, and the nearest emergency department",
  "A phone to reach family, prescribers or emergency services during the session",
];

export const CRISIS_RECOVERY =
  "There is no physical recovery. The client goes home (or on to a higher level of care) with a safety plan and a dated follow-up, sooner when risk is higher; brief check-in calls between visits help. Once the crisis settles, care returns to routine psychotherapy, and later scheduled visits are coded as routine sessions unless a genuine crisis arises during one.";

export const CRISIS_PAYER_NOTES = [
  "Once per client, per clinician, per date of service: all crisis minutes that clinician spends with the client that day are added up before codes are chosen.",
  "Same clinician, same client, same date: not reported with 90791, 90792, 90832–90838 (including 90833, 90836, 90838), 90785, 90845, 90846, 90847, 90849, 90853, 90863, 90865 or 90867–90869.",
  "E/M on the same date is payer-dependent: where allowed, it must be significant and separately identifiable (modifier 25), and its minutes do not count as crisis time.",
  "Time need not be continuous but must fall on the one date of service; document actual start and stop times for each segment, not defaults filled in by software.",
  "Crisis codes fit a scheduled visit only when a genuine crisis arose during it; document what changed and why the session became crisis work. A difficult but routine session is still routine therapy.",
  TELEHEALTH_NOTE,
  "Some Medicaid programs and mobile crisis teams bill crisis work with HCPCS codes (for example H2011, S9484, S9485) instead of 90839/90840.",
  PAYERS_VARY,
];
