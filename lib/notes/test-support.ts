import type { NoteBody } from "@/lib/validation/note";
import type { SessionMeta } from "@/lib/validation/session";
import { emptyNote } from "./empty-note";
import { MSE_DOMAIN_IDS } from "./mental-status";
import type { SignReadinessInput } from "./sign-readiness";

// Relative to the clock: a follow-up must not fall before the (recent) date of service.
const inAWeek = (): string => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

/** Test-only: a note that satisfies every rule of BILLING-RULES §5 at low risk. */
export function completeNote(overrides: Partial<NoteBody> = {}): NoteBody {
  const base = emptyNote();
  return {
    ...base,
    presentation: { precipitant: "Eviction notice this morning", currentState: "Tearful, calmer by the end", whyUrgent: "Expressed hopelessness on the phone" },
    cssrs: { wishDead: "yes", suicidalThoughts: "no", method: null, intent: null, plan: null, behavior: "no", behaviorPast3Months: null },
    homicidalIdeation: "no",
    lethalMeans: "no",
    riskLevel: "low",
    riskRationale: "Passive wish only, no intent, strong supports",
    mse: Object.fromEntries(MSE_DOMAIN_IDS.map((id) => [id, { normal: true, finding: "" }])) as NoteBody["mse"],
    interventions: ["de_escalation", "problem_solving"],
    resources: "Sister called and will stay tonight",
    clientResponse: "Calmer, future-oriented",
    disposition: "outpatient_with_safety_plan",
    followUp: { plan: "Call tomorrow, session Friday", date: inAWeek() },
    diagnoses: ["F43.0"],
    ...overrides,
  };
}

/** Test-only: every step of the safety plan with one personalised item. */
export function completeSafetyPlan(): NoteBody["safetyPlan"] {
  const item = (text: string, phone = "") => [{ text, phone }];
  return {
    "warning-signs": item("Lying awake replaying the argument"),
    "internal-coping": item("Walk around the block"),
    "social-distraction": item("Cousin Dana", "555-0101"),
    "help-contacts": item("Sister Maria", "555-0102"),
    "professional-contacts": item("988 Suicide & Crisis Lifeline: call or text 988"),
    "safe-environment": item("Maria keeps the medication for two weeks"),
    "reasons-for-living": item("My daughter"),
  };
}

export const IN_PERSON: SessionMeta = { modality: "in_person", placeOfService: "11", clientAtHome: false, audioOnlyReason: "", contactStart: "walk_in" };

/** Test-only: a sign-ready input around `note`, with two ended segments and the attestation. */
export function readyInput(overrides: Partial<SignReadinessInput> = {}): SignReadinessInput {
  return {
    clinicianCredentials: "LCSW",
    meta: IN_PERSON,
    note: completeNote(),
    timesAttested: true,
    segments: [
      { start: "2026-11-26T14:00:00.000Z", end: "2026-11-26T14:50:00.000Z" },
      { start: "2026-11-26T15:10:00.000Z", end: "2026-11-26T15:38:00.000Z" },
    ],
    segmentProblem: null,
    dateOfService: "2026-11-26",
    ...overrides,
  };
}
