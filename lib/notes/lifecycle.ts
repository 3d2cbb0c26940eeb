import type { NoteStatus } from "./status";
import { AppError } from "@/lib/errors";

export const NOTE_STATUS_LABELS: Record<NoteStatus, string> = {
  draft: "Draft",
  pending_review: "Signed, awaiting supervisor review",
  returned: "Returned by supervisor",
  final: "Signed and final",
};

/** Drafts and notes a supervisor returned can be edited; signed notes change only by addenda. */
export const isEditable = (status: NoteStatus): boolean => status === "draft" || status === "returned";
export const isSigned = (status: NoteStatus): boolean => status === "pending_review" || status === "final";

export function assertNoteEditable(status: NoteStatus): void {
  if (!isEditable(status)) {
    throw new AppError("CONFLICT", `This note is ${NOTE_STATUS_LABELS[status].toLowerCase()} and locked. Add an addendum instead.`);
  }
}

export function assertNoteSigned(status: NoteStatus): void {
  if (!isSigned(status)) throw new AppError("CONFLICT", "Addenda are for signed notes. Edit the draft instead.");
}

