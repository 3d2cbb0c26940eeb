import type { GuidanceEntry } from "../types";
import { crisisDocumentationChecklist } from "./crisis-checklist";
import {
  CRISIS_CORE_RISKS,
  CRISIS_PAYER_NOTES,
  CRISIS_PERSONNEL,
  CRISIS_RECOVERY,
  CRISIS_SETTING,
  CRISIS_TOOLS,
} from "./crisis-shared";
import { crisisSafetyPlanTemplate } from "./safety-plan";
import { NO_ANESTHESIA } from "./shared";

export const guidance90839: GuidanceEntry = {
  code: "90839",
  name: "Psychotherapy for crisis, first 60 minutes (30–74 min)",
  category: "crisis",
  summary:
    "Urgent psychotherapy, usually unscheduled, for a client in acute distress whose situation cannot wait for a routine visit. It covers the first 30 to 74 minutes of crisis work on a date: a focused assessment of the crisis and of risk, a mental status exam, psychotherapy to bring the crisis down, bringing in supports to restore safety, and a decision about what happens next.",
  purpose:
    "To lower immediate danger and distress, restore enough safety and functioning for the client to get through the next hours and days, and leave them with a written plan and a known next contact, while limiting the chance that the crisis turns into lasting psychological harm.",
  indications: [
    "Suicidal thoughts with intent, a plan, preparation, or a recent attempt",
    "Thoughts of harming others, or agitation that is escalating towards violence",
    "Acute decompensation (emerging psychosis, severe mania, marked disorganisation) that puts the current level of care at risk",
    "An overwhelming reaction to a recent trauma or loss, such as an assault, accident, sudden death or disaster, with marked impairment",
    "Panic, dissociation or distress so severe that the client cannot function or keep themselves safe",
    "Grave inability to care for oneself",
  ],
  preparation: [
    "Confirm the need is urgent. A scheduled visit becomes crisis work only when a genuine crisis arises during it (for example, a plan to end one's life comes to light); then record what changed and why the session turned into crisis psychotherapy. A hard but routine session stays routine therapy.",
    "Start the timer (or note the clock time) at the first minute of face-to-face crisis work, and record each segment if the contact is interrupted.",
    "For telehealth, confirm the client's exact location and a callback number first, in case the call drops or emergency help is needed.",
    "Have local crisis resources, the client's emergency contacts and any earlier safety plan to hand.",
    "Check that you have not billed a conflicting code for this client today (diagnostic evaluation, other psychotherapy, interactive complexity, family or group therapy).",
  ],
  procedureSteps: [
    "Make contact and settle the situation: slow the pace, orient the client, remove obvious hazards from the room.",
    "Take a focused history of the crisis: what set it off, when it started, what has changed, why it cannot wait, substance use, current treatment.",
    "Assess risk: the six C-SSRS screener items with their skip logic, thoughts of harming others, access to lethal means, intoxication, risk and protective factors; settle on a risk level and state why.",
    "Complete a mental status exam, watching for signs of a medical cause that needs medical evaluation.",
    "Provide psychotherapy aimed at de-escalation: validation, grounding and paced breathing, problem-solving the most pressing issue, distress-tolerance skills, reframing where the client can use it.",
    "Bring in resources to restore safety, with the client involved where possible: family or supports, prescriber or primary care, mobile crisis, 988, or emergency services as risk requires.",
    "Build or update the safety plan together, including lethal-means counselling, and give the client a copy.",
    "Decide and record the disposition (stays outpatient with a safety plan, voluntary admission, emergency department, involuntary evaluation) and a dated follow-up.",
    "Record the real start and stop time of each segment and attest that they are actual face-to-face times.",
  ],
  toolsAndEquipment: CRISIS_TOOLS,
  anesthesia: NO_ANESTHESIA,
  duration:
    "At least 30 minutes of face-to-face crisis psychotherapy on the date; one unit covers up to 74 minutes. The time can be split across several contacts that day, and the total sets the codes.",
  timeRange: {
    minMinutes: 30,
    maxMinutes: 74,
    note: "Total crisis minutes on the date. Under 30 minutes report 90832 (or 90833 with an E/M); from 75 minutes add +90840.",
  },
  setting: CRISIS_SETTING,
  personnel: CRISIS_PERSONNEL,
  risks: [
    ...CRISIS_CORE_RISKS,
    "Telehealth adds its own risks: dropped connections, an unconfirmed location, and a limited view of the client's surroundings.",
  ],
  benefits: [
    "Prompt stabilisation and lower immediate risk",
    "A written, personal safety plan the client can use at home",
    "Coordinated help from family, prescribers and crisis services",
    "Can avoid an emergency department visit or admission when safety can be restored in the community",
    "Safety planning with follow-up contact has been linked to about 45% less suicidal behaviour than usual care (JAMA Psychiatry, 2018)",
  ],
  recovery: CRISIS_RECOVERY,
  alternatives: [
    "Routine psychotherapy (90832, 90834, 90837) when the need is real but not urgent",
    "Mobile crisis team or community crisis services",
    "988 Suicide & Crisis Lifeline for immediate support between sessions",
    "Emergency department evaluation, or 911, when the client cannot be kept safe",
    "Psychiatric evaluation and medication by a prescriber",
    "Crisis stabilisation unit, partial hospitalisation or inpatient admission",
  ],
  patientExperience:
    "The client meets a clinician who stays with them through the worst of the crisis. They are asked plainly about suicide and safety, which many people find a relief. Together they write down a plan, and the client leaves knowing what to do and whom to call if the feelings come back. Feeling drained afterwards is common and expected.",
  payerNotes: [
    "Needs at least 30 minutes in total on the date. At 16–29 minutes report 90832 (or 90833 with an E/M); under 16 minutes no psychotherapy code applies.",
    ...CRISIS_PAYER_NOTES,
  ],
  similarCodes: ["90840", "G0017", "90832", "90833", "90837", "90791"],
  safetyPlanTemplate: crisisSafetyPlanTemplate,
  documentationChecklist: crisisDocumentationChecklist,
};
