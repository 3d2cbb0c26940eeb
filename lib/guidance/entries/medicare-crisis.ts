import type { GuidanceEntry } from "../types";
import { guidance90839 } from "./90839";
import { guidance90840 } from "./90840";
import { crisisDocumentationChecklist } from "./crisis-checklist";
import { CRISIS_CORE_PAYER_NOTES, CRISIS_CORE_RISKS, CRISIS_RECOVERY, MEDICARE_SITE_POS_LIST } from "./crisis-shared";
import { crisisSafetyPlanTemplate } from "./safety-plan";
import { NO_ANESTHESIA } from "./shared";

// G0017/+G0018: Medicare's codes for psychotherapy for crisis delivered in person at an
// "applicable site" (any place of service paid at the non-facility rate, except the office).
// Same service and time thresholds as 90839/+90840, paid at 150% of the non-facility rate.
// Sources: BILLING-RULES.md §8; billing-sources-check.md finding 1 and P5 (CMS "Psychotherapy
// for Crisis" page, CY 2024 PFS final rule; NGS Medicare lists them as mobile crisis codes).
// Not established by a source, so worded as "confirm": the exact POS list (CMS publishes none),
// telehealth use, and the NCCI edits for the G-codes.

const MEDICARE_CRISIS_SETTING = `In person, where the client is, at a site Medicare pays at the non-facility rate other than the office: the client's home, a homeless shelter, assisted living, a group home, temporary lodging, a school, a mobile unit, or an outreach site or the street (Crisisnote's default list: ${MEDICARE_SITE_POS_LIST}). Not the office and not facility settings such as the emergency department or an inpatient unit, where Medicare takes 90839/+90840.`;

const MEDICARE_CRISIS_PERSONNEL = [
  "A Medicare-enrolled practitioner who may bill psychotherapy within state scope: physician, nurse practitioner, physician assistant, clinical nurse specialist, certified nurse-midwife, clinical psychologist, clinical social worker, or (since 1 January 2024) marriage and family therapist or mental health counselor",
  "Auxiliary staff such as a peer support specialist only incident to an eligible practitioner's service, under general supervision, where Medicare and state rules allow it",
  "Others as the situation needs: family or carers, an interpreter, the rest of a mobile crisis team, emergency services",
];

const MEDICARE_CRISIS_TOOLS = [
  "A charged phone with the client's emergency contacts, local crisis services and the nearest emergency department",
  "C-SSRS screener (six items with skip logic)",
  "Safety plan form (Stanley–Brown steps), paper or electronic, with a copy for the client",
  "A way to record actual start and stop times on site, such as the Crisisnote timer on a phone or tablet",
  "The team's check-in arrangements for community visits",
];

const MEDICARE_CRISIS_PREPARATION = [
  `Confirm the client has Medicare and where the contact happens: the G-codes apply only in person at a non-office site paid at the non-facility rate (by default ${MEDICARE_SITE_POS_LIST}). In the office, in a facility or with another payer, use 90839/+90840.`,
  "Plan for your own safety on a home, shelter or street visit: tell a colleague where you are going and when to expect you, keep a phone charged, and know how you would leave or call for help.",
  "Confirm the need is urgent. A scheduled visit becomes crisis work only when a genuine crisis arises during it; then record what changed and why.",
  "Start the timer (or note the clock time) at the first minute of face-to-face crisis work, and record each segment if the contact is interrupted.",
  "Check that you have not billed a conflicting code for this client today (diagnostic evaluation, other psychotherapy, interactive complexity, family or group therapy).",
];

const MEDICARE_CRISIS_RISKS = [
  ...CRISIS_CORE_RISKS,
  "Away from the office the setting is less controlled: other people may be present, privacy is harder to keep, and means of harm may be within reach; agree where to talk and deal with hazards first.",
  "Working alone in the community puts the clinician at risk too; follow the lone-working and check-in procedure, and leave if it becomes unsafe.",
];

// Shown before the rules shared with 90839/+90840, since they decide whether the G-codes apply.
const MEDICARE_SITE_NOTES = [
  "Medicare only. Paid at 150% of Medicare's non-facility fee schedule amount for crisis psychotherapy (CMS CY 2024 Physician Fee Schedule final rule, in effect since 1 January 2024).",
  `Which sites count: those where Medicare would pay crisis psychotherapy at its non-facility rate, leaving out the office (POS 11). CMS publishes no list. Crisisnote's default is ${MEDICARE_SITE_POS_LIST} (school, homeless shelter, home, assisted living facility, group home, mobile unit, temporary lodging, outreach site/street), which a practice administrator can change; confirm it with your MAC.`,
  "In the office and in facility settings (for example the emergency department, POS 23, or a community mental health center, POS 53), and for payers other than Medicare, report 90839/+90840.",
  "Crisisnote proposes the G-codes for in-person contacts only; for a telehealth crisis contact, confirm with your MAC which codes apply.",
  "The G-codes describe the same service as 90839/+90840, so Crisisnote applies the same same-day exclusions; check the current NCCI edits for G0017/G0018.",
];

const MEDICARE_PAYERS_VARY =
  "Medicare Administrative Contractors (MACs) differ in detail: confirm coverage, documentation rules and the site list with yours.";

export const guidanceG0017: GuidanceEntry = {
  code: "G0017",
  name: "Medicare crisis psychotherapy at a non-office site, first 60 min (30–74 min)",
  category: "crisis",
  summary:
    "Medicare's code for the crisis psychotherapy described under 90839 when it is delivered in person at a site paid at the non-facility rate other than the office, such as the client's home, a homeless shelter or the street. It covers the first 30 to 74 minutes of crisis work on a date and is paid at 150% of the non-facility rate for crisis psychotherapy.",
  purpose:
    "The clinical purpose is that of 90839: lower immediate danger and distress and leave the client with a plan and a known next contact. The code exists so that Medicare pays more for crisis care that goes to the client, as mobile crisis and outreach teams do.",
  indications: guidance90839.indications,
  preparation: MEDICARE_CRISIS_PREPARATION,
  procedureSteps: guidance90839.procedureSteps,
  toolsAndEquipment: MEDICARE_CRISIS_TOOLS,
  anesthesia: NO_ANESTHESIA,
  duration:
    "At least 30 minutes of face-to-face crisis psychotherapy on the date; one unit covers up to 74 minutes. The time bands are those of 90839/+90840: time can be split across several contacts that day and the total sets the codes. Where a CPT table shows 90839 and +90840, Medicare at these sites takes G0017 and +G0018.",
  timeRange: {
    minMinutes: 30,
    maxMinutes: 74,
    note: "Total crisis minutes on the date, as for 90839. Under 30 minutes report 90832 (or 90833 with an E/M); from 75 minutes add +G0018.",
  },
  setting: MEDICARE_CRISIS_SETTING,
  personnel: MEDICARE_CRISIS_PERSONNEL,
  risks: MEDICARE_CRISIS_RISKS,
  benefits: [
    ...guidance90839.benefits,
    "Reaches clients who cannot or will not come to an office, in the place where the crisis is happening",
  ],
  recovery: CRISIS_RECOVERY,
  alternatives: [
    "90839/+90840 for the same work in the office, in a facility setting, or for a payer other than Medicare",
    "Mobile crisis team or community crisis services",
    "988 Suicide & Crisis Lifeline for immediate support between contacts",
    "Emergency department evaluation, or 911, when the client cannot be kept safe",
    "Crisis stabilisation unit, partial hospitalisation or inpatient admission",
  ],
  patientExperience:
    "The clinician comes to the client, at home, in a shelter or wherever they are, and stays through the worst of the crisis. They ask plainly about suicide and safety, make the surroundings safer together, and write down a plan the client keeps. Being seen in a familiar place can make it easier to talk; feeling drained afterwards is common.",
  payerNotes: [
    ...MEDICARE_SITE_NOTES,
    "Needs at least 30 minutes in total on the date. At 16–29 minutes report 90832 (or 90833 with an E/M); under 16 minutes no psychotherapy code applies.",
    ...CRISIS_CORE_PAYER_NOTES,
    MEDICARE_PAYERS_VARY,
  ],
  similarCodes: ["G0018", "90839", "90840", "90832"],
  safetyPlanTemplate: crisisSafetyPlanTemplate,
  documentationChecklist: crisisDocumentationChecklist,
};

export const guidanceG0018: GuidanceEntry = {
  code: "G0018",
  name: "Medicare crisis psychotherapy at a non-office site, each extra 30 min (add-on)",
  category: "crisis",
  summary:
    "Add-on to G0017 when Medicare crisis psychotherapy at a non-office site goes past 74 minutes on a date. Each unit stands for a further 30-minute block of the same urgent work, as +90840 does for 90839, and is paid at 150% of the non-facility rate.",
  purpose:
    "To account for the extra time a crisis met in the community needs when it cannot be made safe within the first 74 minutes, for example while waiting with the client for a mobile team, transport or a bed.",
  indications: guidance90840.indications,
  preparation: [
    "Keep the timer running, or keep clock times, across the whole contact; units depend on the total.",
    "Know the next threshold: the first unit at 75 minutes, then 105, 135, and every further 30.",
    "Count only time with the client (and family) that has your full attention; pause for breaks, unrelated calls or travel.",
    "Check in with your team at the agreed times during a long community visit.",
  ],
  // The add-on's steps are +90840's, except that the work began under G0017, not 90839.
  procedureSteps: [
    "Continue the crisis work begun under G0017 without a break in attention.",
    ...guidance90840.procedureSteps.slice(1),
  ],
  toolsAndEquipment: MEDICARE_CRISIS_TOOLS,
  anesthesia: NO_ANESTHESIA,
  duration:
    "Each unit is a further 30 minutes beyond the first 74, exactly as for +90840: one unit at 75–104 total minutes, two at 105–134, three at 135–164, and so on.",
  timeRange: {
    minMinutes: 75,
    maxMinutes: null,
    note: "Total crisis minutes on the date. Units = 1 + floor((minutes − 75) / 30): the first at 75, then at 105, 135 and each further 30.",
  },
  setting: MEDICARE_CRISIS_SETTING,
  personnel: MEDICARE_CRISIS_PERSONNEL,
  risks: [
    ...MEDICARE_CRISIS_RISKS,
    "Counting travel, waiting without the client, or paperwork as crisis time overstates units and fails audit.",
  ],
  benefits: guidance90840.benefits,
  recovery: CRISIS_RECOVERY,
  alternatives: [
    "+90840 with 90839 for the same work in the office, in a facility setting, or for a payer other than Medicare",
    "Hand over to a mobile crisis team or emergency department when they can safely take over",
    "End the contact with a close, dated follow-up when the client is already safe and settled",
    "Crisis stabilisation unit or inpatient admission when safety cannot be restored in the community",
  ],
  patientExperience:
    "The clinician stays on through a longer contact, often while calls are made or transport is arranged. Most clients value not being left alone in that time; hearing what is happening and why helps them keep a sense of control.",
  payerNotes: [
    "Add-on only: never billed alone. It goes on the same claim and date of service as G0017, by the same clinician.",
    ...MEDICARE_SITE_NOTES,
    ...CRISIS_CORE_PAYER_NOTES,
    MEDICARE_PAYERS_VARY,
  ],
  similarCodes: ["G0017", "90840", "90839"],
  safetyPlanTemplate: crisisSafetyPlanTemplate,
  documentationChecklist: crisisDocumentationChecklist,
};
