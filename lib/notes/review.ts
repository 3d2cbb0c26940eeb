import { AppError } from "@/lib/errors";
import type { NoteBody } from "@/lib/validation/note";
import { highRiskReasons } from "./cssrs";
import type { NoteStatus, ReviewEventKind, ReviewMode } from "./status";

/*
 * Supervisor review (BILLING-RULES §6). A supervised therapist's note goes to their supervisor
 * in one of two modes, chosen per supervisee by an admin.
 */

export const REVIEW_MODE_LABELS: Record<ReviewMode, string> = {
  cosign_required: "Co-signature required: notes are billable once the supervisor approves",
  review_after_signing: "Review after signing: notes are final and billable at signing; the supervisor reviews and may comment",
};

export const REVIEW_EVENT_LABELS: Record<ReviewEventKind, string> = {
  submitted: "Signed and sent for review",
  approved: "Approved and co-signed",
  returned: "Returned for changes",
  commented: "Reviewed, with a comment",
};

/** The supervisor's attestation, in their name, when co-signing. */
export const COSIGN_ATTESTATION = "I reviewed this note and agree with the assessment and plan.";

/** Where a signature sends a note: review with a supervisor, else straight to final. */
export function statusAfterSigning(supervision: { hasSupervisor: boolean; mode: ReviewMode }): NoteStatus {
  return supervision.hasSupervisor && supervision.mode === "cosign_required" ? "pending_review" : "final";
}

/** Whether the supervisor's queue holds the note: its latest thread event is a submission. */
export const isAwaitingReview = (latestEvent: ReviewEventKind | null): boolean => latestEvent === "submitted";

export type ReviewDecision = "approve" | "return" | "comment";

/**
 * The moves a supervisor may make on a note waiting for them. Co-signature mode: approve
 * (→ final) or return (→ returned). Review after signing: the note is already final, so the
 * supervisor can only comment. Anything else is a conflict with a clear reason.
 */
export function assertReviewMove(note: { status: NoteStatus; awaitingReview: boolean }, decision: ReviewDecision): void {
  if (!note.awaitingReview) {
    throw new AppError("CONFLICT", "This note is not waiting for your review any more: it was already reviewed, or returned and not yet signed again.");
  }
  if (note.status === "pending_review" && decision === "comment") {
    throw new AppError("CONFLICT", "A note waiting for co-signature is approved or returned, not only commented on.");
  }
  if (note.status === "final" && decision !== "comment") {
    throw new AppError("CONFLICT", "This note was final at signing (review after signing): add a review comment instead.");
  }
  if (note.status !== "pending_review" && note.status !== "final") {
    throw new AppError("CONFLICT", "This note is not signed.");
  }
}

/** The status a decision moves the note to. */
export function statusAfterReview(decision: ReviewDecision, current: NoteStatus): NoteStatus {
  if (decision === "approve") return "final";
  if (decision === "return") return "returned";
  return current;
}

/** The queue's high-risk marker: a high-risk C-SSRS screen or a high risk level. */
export function isHighRiskNote(note: Pick<NoteBody, "riskLevel" | "cssrs">): boolean {
  return note.riskLevel === "high" || highRiskReasons(note.cssrs).length > 0;
}

const DAY_MS = 86_400_000;

/** Whole days a note has waited, and whether that is past the practice's due time. */
export function reviewAge(submittedAt: string, now: Date, dueDays: number): { days: number; isOverdue: boolean } {
  const days = Math.max(0, Math.floor((now.getTime() - Date.parse(submittedAt)) / DAY_MS));
  return { days, isOverdue: days >= dueDays };
}
