import { PAYERS_VARY, TELEHEALTH_NOTE } from "./shared";

// Material common to the crisis codes: 90839 and +90840, and Medicare's G0017 and +G0018 for the
// same service at non-office sites (medicare-crisis.ts). Sources: BILLING-RULES.md §1–§5 and §8;
// domain-research.md §1–§4; billing-sources-check.md.

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

// Risks of crisis work wherever it happens; each code adds the ones of its setting.
export const CRISIS_CORE_RISKS = [
  "Distress often rises before it falls as the client describes what happened.",
  "Risk can be underestimated when a client minimises, is intoxicated, or cannot be fully assessed; reassess and seek collateral information.",
  "Involving family, emergency services or an involuntary evaluation can strain trust; explain why, and involve the client in decisions where safe.",
  "Limits of confidentiality (duty to protect, mandated reporting) may come into play and should be explained plainly.",
];

// Medicare's site-of-service codes for the same service. Sources: BILLING-RULES.md §8;
// billing-sources-check.md finding 1 and P5 (CMS "Psychotherapy for Crisis" page, CY 2024 PFS
// final rule). CMS names no POS list: the default list below is the product's, so "confirm".
export const MEDICARE_SITE_POS_LIST = "POS 03, 04, 12, 13, 14, 15, 16 and 27";

export const MEDICARE_G_CODES_NOTE =
  `Medicare: for an in-person crisis contact at a site Medicare pays at the non-facility rate other than the office, report G0017 (first 30–74 minutes) and +G0018 (each further 30 minutes) instead of 90839/+90840, with the same time thresholds; Medicare pays them at 150% of the non-facility rate (CMS CY 2024 Physician Fee Schedule final rule, from 1 January 2024). Crisisnote's default list of such sites is ${MEDICARE_SITE_POS_LIST}; confirm it with your MAC. In the office and in facility settings such as the emergency department, Medicare keeps 90839/+90840.`;

// Billing rules every crisis code shares, CPT or Medicare G-code.
export const CRISIS_CORE_PAYER_NOTES = [
  "Once per client, per clinician, per date of service: all crisis minutes that clinician spends with the client that day are added up before codes are chosen.",
  "Same clinician, same client, same date: not reported with 90791, 90792, 90832–90838 (including 90833, 90836, 90838), 90785, 90845, 90846, 90847, 90849, 90853, 90863, 90865 or 90867–90869.",
  "E/M on the same date is payer-dependent: where allowed, it must be significant and separately identifiable (modifier 25), and its minutes do not count as crisis time.",
  "Time need not be continuous but must fall on the one date of service; document actual start and stop times for each segment, not defaults filled in by software.",
  "Crisis codes fit a scheduled visit only when a genuine crisis arose during it; document what changed and why the session became crisis work. A difficult but routine session is still routine therapy.",
];

export const CRISIS_PAYER_NOTES = [
  ...CRISIS_CORE_PAYER_NOTES,
  TELEHEALTH_NOTE,
  MEDICARE_G_CODES_NOTE,
  "Some Medicaid programs and mobile crisis teams bill crisis work with HCPCS codes (for example H2011, S9484, S9485) instead of 90839/90840.",
  PAYERS_VARY,
];
