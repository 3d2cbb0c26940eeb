import { DateTime } from "luxon";
import type { ActorContext } from "@/db/context";
import { createClient } from "@/db/clients";
import { saveDraft, signSession } from "@/db/notes";
import { addSegment } from "@/db/segments";
import { getSession, startSession } from "@/db/sessions";
import { findActiveActor } from "@/db/sign-in";
import { IN_PERSON, completeNote } from "@/lib/notes/test-support";
import type { NoteBody } from "@/lib/validation/note";
import { type TestUser, firstAdminContext } from "./fixtures";
import { PRACTICE } from "./practice";

/** Yesterday in the practice zone: typed segments may not lie in the future. */
export const serviceDay = (): string => DateTime.now().setZone(PRACTICE.timeZone).minus({ days: 1 }).toISODate() ?? "";

/** The user as the data layer's acting clinician, as the app builds it for a request. */
export function actorOf(user: TestUser): ActorContext {
  const { db } = firstAdminContext();
  const actor = findActiveActor({ db }, user.id);
  if (!actor) throw new Error(`${user.email} is not an active user`);
  return { db, actor, ip: "e2e" };
}

type NoteSetup = {
  clientId?: string;
  /** Practice-local "HH:mm" pairs on serviceDay(). */
  segments?: [string, string][];
  /** Omitted: the new-session note as the app creates it (template items only). */
  note?: NoteBody;
  attested?: boolean;
  sign?: boolean;
};

/**
 * A client and a crisis session made through the data layer, for tests where typing them in is
 * not the point. Returns ids and the version the next save must carry.
 */
export function setupNote(user: TestUser, options: NoteSetup = {}): { sessionId: string; clientId: string } {
  const ctx = actorOf(user);
  const clientId = options.clientId ?? createClient(ctx, { name: `Robin Client ${user.id.slice(0, 6)}`, dateOfBirth: "1988-03-14", externalId: "MRN-4471" }).id;
  const { sessionId } = startSession(ctx, { clientId, ...IN_PERSON, startTimer: false });
  const day = serviceDay();
  for (const [start, end] of options.segments ?? []) addSegment(ctx, { sessionId, start: `${day}T${start}`, end: `${day}T${end}` });
  if (options.note || options.attested) {
    const note = options.note ?? completeNote();
    const { version } = saveDraft(ctx, { sessionId, version: 1, meta: IN_PERSON, timesAttested: options.attested ?? false, note });
    if (options.sign) signSession(ctx, { sessionId, version });
  }
  return { sessionId, clientId };
}

/** The note as stored, read back through the data layer as its owner. */
export function storedNote(user: TestUser, sessionId: string) {
  const session = getSession(actorOf(user), sessionId);
  return { status: session.status, note: session.note, lines: session.billingLines.map((l) => `${l.code} ×${l.units}`) };
}
