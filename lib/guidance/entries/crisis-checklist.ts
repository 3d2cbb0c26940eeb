import type { ChecklistItem, CrisisChecklistId } from "../types";

// What a crisis note must hold before signing — BILLING-RULES.md §5, in the same order.
// Ids come from CRISIS_CHECKLIST_IDS: the note form and sign checks key on them.
export const crisisDocumentationChecklist: (ChecklistItem & { id: CrisisChecklistId })[] = [
  {
    id: "identification",
    label: "Client, date of service, clinician and credentials",
    why: "Reviewers deny notes that do not show who delivered the service and under what licence.",
  },
  {
    id: "diagnosis",
    label: "Diagnosis (ICD-10-CM), primary first",
    why: "A claim needs at least one diagnosis; the primary one should be what the crisis service treated.",
  },
  {
    id: "modality",
    label: "Modality and place of service (reason if audio-only)",
    why: "They set the place-of-service code and modifier; audio-only needs a recorded reason video was not used.",
  },
  {
    id: "time-attestation",
    label: "Actual start and stop times, attested",
    why: "Units must be backed by the real face-to-face times, not default times filled in by software.",
  },
  {
    id: "presentation",
    label: "How contact began and the crisis presentation",
    why: "Shows the precipitant, current state and why it could not wait: the basis for a crisis code.",
  },
  {
    id: "cssrs",
    label: "C-SSRS screener, six items with skip logic",
    why: "A structured suicide screen whose answers map to standard triage thresholds.",
  },
  {
    id: "homicidal-ideation",
    label: "Thoughts of harming others",
    why: "Risk to others can call for protective action and changes the disposition.",
  },
  {
    id: "lethal-means",
    label: "Access to lethal means",
    why: "Limiting access to means is one of the most direct ways to lower risk.",
  },
  {
    id: "risk-level",
    label: "Risk level (low, moderate, high) with rationale",
    why: "Links the findings to the disposition that was chosen.",
  },
  {
    id: "mse",
    label: "Mental status exam, all domains",
    why: "Part of the crisis service itself; records current state and capacity to take part in planning.",
  },
  {
    id: "interventions",
    label: "Interventions used",
    why: "Shows psychotherapy was delivered, not assessment alone.",
  },
  {
    id: "resources",
    label: "Resources mobilised (or none)",
    why: "Bringing in supports to restore safety is part of what the crisis code pays for.",
  },
  {
    id: "response",
    label: "Client's response",
    why: "Shows whether the crisis settled and safety was restored.",
  },
  {
    id: "disposition",
    label: "Disposition",
    why: "Records the level of care decided on and the reason for it.",
  },
  {
    id: "follow-up",
    label: "Follow-up plan with a date",
    why: "A dated next contact gives continuity after a crisis and can be verified.",
  },
  {
    id: "safety-plan",
    label: "Safety plan made with the client",
    why: "Gives the client a written, stepwise plan to use between contacts.",
    requiredWhen: "Risk level is moderate or high",
  },
];
