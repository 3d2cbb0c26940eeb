import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { type NoteBody, noteBodySchema } from "@/lib/validation/note";
import type { Tx } from "./client";
import type { Actor } from "./context";
import { OutOfScopeError } from "./operation";
import type { ReviewEventKind } from "@/lib/notes/status";
import { type CrisisSessionRow, crisisSessions, noteReviews, sessionSegments } from "./tables";
import { ownNotes } from "./scopes";

/**
 * The acting clinician's own session, or NOT_FOUND (audited as a denied access): a foreign,
 * stale or made-up id all look the same.
 */
export async function findOwnSession(tx: Tx, actor: Actor, sessionId: string): Promise<CrisisSessionRow> {
  const [row] = await tx
    .select()
    .from(crisisSessions)
    .where(and(eq(crisisSessions.id, sessionId), ownNotes(actor)));
  if (!row) throw new OutOfScopeError("crisis_session", sessionId, "That crisis session does not exist or is not yours.");
  return row;
}

export type SegmentView = { id: string; start: string; end: string | null };

export async function segmentsOf(tx: Tx, sessionId: string): Promise<SegmentView[]> {
  return tx
    .select({ id: sessionSegments.id, start: sessionSegments.startedAt, end: sessionSegments.endedAt })
    .from(sessionSegments)
    .where(eq(sessionSegments.sessionId, sessionId))
    .orderBy(asc(sessionSegments.startedAt));
}

/** The stored note body; a row that no longer fits the schema is a bug, never silently reset. */
export function parseNote(row: Pick<CrisisSessionRow, "id" | "note">): NoteBody {
  const parsed = noteBodySchema.safeParse(JSON.parse(row.note));
  if (!parsed.success) throw new AppError("INTERNAL", "This note could not be read. Nothing was changed; contact support.");
  return parsed.data;
}

export type ReviewEventView = { kind: ReviewEventKind; authorName: string; authorCredentials: string | null; comment: string; at: string };

/** A note's review thread, oldest first: every submission, decision and comment. */
export async function reviewThreadOf(tx: Tx, sessionId: string): Promise<ReviewEventView[]> {
  return tx
    .select({ kind: noteReviews.kind, authorName: noteReviews.authorName, authorCredentials: noteReviews.authorCredentials, comment: noteReviews.comment, at: noteReviews.createdAt })
    .from(noteReviews)
    .where(eq(noteReviews.sessionId, sessionId))
    .orderBy(asc(noteReviews.seq));
}
