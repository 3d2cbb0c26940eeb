import type { GuidanceEntry } from "../types";
import { crisisDocumentationChecklist } from "./crisis-checklist";
import { CRISIS_PAYER_NOTES, CRISIS_PERSONNEL, CRISIS_RECOVERY, CRISIS_SETTING, CRISIS_TOOLS } from "./crisis-shared";
import { crisisSafetyPlanTemplate } from "./safety-plan";
import { NO_ANESTHESIA } from "./shared";

export const guidance90840: GuidanceEntry = {
  code: "90840",
  name: "Psychotherapy for crisis, each additional 30 minutes (add-on, 75+ min)",
  category: "crisis",
  summary:
    "Add-on to 90839 when crisis psychotherapy on one date goes past 74 minutes. Each unit stands for a further 30-minute block of the same urgent work: continued de-escalation, safety planning, or coordinating a higher level of care while the clinician keeps working with the client.",
  purpose:
    "To account for the extra time a crisis needs when it cannot be made safe within the first 74 minutes, for example while arranging emergency care, working with family and services, or when the client needs longer to settle.",
  indications: [
    "Crisis psychotherapy with the client on the date has reached 75 minutes in total",
    "Risk stays high, or the client is not yet able to take part in safety planning",
    "A higher level of care (mobile crisis, emergency department, voluntary or involuntary evaluation) is being arranged while work with the client continues",
    "Several crisis contacts on the same date add up to more than 74 minutes",
  ],
  preparation: [
    "Keep the timer running, or keep clock times, across the whole contact; units depend on the total.",
    "Know the next threshold: the first unit at 75 minutes, then 105, 135, and every further 30.",
    "Count only time with the client (and family) that has your full attention; pause for breaks, unrelated calls or other clients.",
    "Leave out any time spent on a separately billed E/M service.",
  ],
  procedureSteps: [
    "Continue the crisis work begun under 90839 without a break in attention.",
    "Reassess risk as the contact goes on and record changes in the client's state and why.",
    "Finish or revise the safety plan and lethal-means steps if they are not done.",
    "Coordinate with family, prescriber, mobile crisis, emergency services or a receiving facility, keeping the client involved.",
    "Confirm the disposition and a dated follow-up; if care moves elsewhere, give a clear handover.",
    "Record each segment's real start and stop times; the number of units follows from the total.",
  ],
  toolsAndEquipment: CRISIS_TOOLS,
  anesthesia: NO_ANESTHESIA,
  duration:
    "Each unit is a further 30 minutes beyond the first 74: one unit at 75–104 total minutes, two at 105–134, three at 135–164, and so on.",
  timeRange: {
    minMinutes: 75,
    maxMinutes: null,
    note: "Total crisis minutes on the date. Units = 1 + floor((minutes − 75) / 30): the first at 75, then at 105, 135 and each further 30.",
  },
  setting: CRISIS_SETTING,
  personnel: CRISIS_PERSONNEL,
  risks: [
    "Long contacts tire both client and clinician; watch for fatigue clouding judgement, and take short breaks (not counted) when needed.",
    "Waiting for transport or a bed can raise agitation; keep the surroundings calm and safe.",
    "Counting time that was not face-to-face crisis work, such as paperwork or calls without the client, overstates units and fails audit.",
  ],
  benefits: [
    "The clinician can stay with the client until safety is restored or care is handed over",
    "Avoids leaving a high-risk client before a safe plan is in place",
    "The record and the claim reflect the work that was actually done",
  ],
  recovery: CRISIS_RECOVERY,
  alternatives: [
    "Hand over to a mobile crisis team or emergency department when they can safely take over",
    "End the contact with a close, dated follow-up when the client is already safe and settled",
    "988 Suicide & Crisis Lifeline for support after the session",
    "Crisis stabilisation unit or inpatient admission when outpatient safety cannot be restored",
  ],
  patientExperience:
    "The clinician stays through a longer contact, often while calls are made or transport is arranged. Most clients value not being left alone; hearing what is happening and why helps them keep a sense of control. Tiredness afterwards is normal.",
  payerNotes: [
    "Add-on only: never billed alone. It goes on the same claim and date of service as 90839, by the same clinician; claims with 90840 alone are denied.",
    "The first unit starts at 75 total minutes. Some guides quote other thresholds (such as 90 minutes) that do not match the CPT time table; Crisisnote follows the table.",
    "Units not supported by the documented times are a common reason for audit denial.",
    ...CRISIS_PAYER_NOTES,
  ],
  similarCodes: ["90839", "G0018", "90837", "90832"],
  safetyPlanTemplate: crisisSafetyPlanTemplate,
  documentationChecklist: crisisDocumentationChecklist,
};
