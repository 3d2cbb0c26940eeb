/** The note lifecycle's states (BILLING-RULES §6); the rules that move between them are in lifecycle.ts. */
export const NOTE_STATUSES = ["draft", "pending_review", "returned", "final"] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];
