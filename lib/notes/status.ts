/** The note lifecycle's states (BILLING-RULES §6); the rules that move between them are in lifecycle.ts. */
export const NOTE_STATUSES = ["draft", "pending_review", "returned", "final"] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];

/** How a supervised therapist's notes are reviewed, chosen per supervisee (lib/notes/review.ts). */
export const REVIEW_MODES = ["cosign_required", "review_after_signing"] as const;
export type ReviewMode = (typeof REVIEW_MODES)[number];

/** Events of a note's review thread, in the order they happen. */
export const REVIEW_EVENT_KINDS = ["submitted", "approved", "returned", "commented"] as const;
export type ReviewEventKind = (typeof REVIEW_EVENT_KINDS)[number];
