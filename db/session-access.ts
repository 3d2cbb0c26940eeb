import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { type NoteBody, noteBodySchema } from "@/lib/validation/note";
import type { Tx } from "./audit";
import type { ActorContext } from "./context";
import { type CrisisSessionRow, crisisSessions, sessionSegments } from "./schema";

/**
 * The acting clinician's own session, or NOT_FOUND: authorization lives in the WHERE clause,
 * so a foreign, stale or made-up id all look the same.
 */
export function findOwnSession(tx: Tx, ctx: ActorContext, sessionId: string): CrisisSessionRow {
  const row = tx
    .select()
    .from(crisisSessions)
    .where(and(eq(crisisSessions.id, sessionId), eq(crisisSessions.clinicianId, ctx.actor.id)))
    .get();
  if (!row) throw new AppError("NOT_FOUND", "That crisis session does not exist or is not yours.");
  return row;
}

export type SegmentView = { id: string; start: string; end: string | null };

export function segmentsOf(tx: Tx, sessionId: string): SegmentView[] {
  return tx
    .select({ id: sessionSegments.id, start: sessionSegments.startedAt, end: sessionSegments.endedAt })
    .from(sessionSegments)
    .where(eq(sessionSegments.sessionId, sessionId))
    .orderBy(asc(sessionSegments.startedAt))
    .all();
}

/** The stored note body; a row that no longer fits the schema is a bug, never silently reset. */
export function parseNote(row: Pick<CrisisSessionRow, "id" | "note">): NoteBody {
  const parsed = noteBodySchema.safeParse(JSON.parse(row.note));
  if (!parsed.success) throw new AppError("INTERNAL", "This note could not be read. Nothing was changed; contact support.");
  return parsed.data;
}
