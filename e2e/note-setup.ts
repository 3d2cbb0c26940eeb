import { DateTime } from "luxon";
import { createClient } from "@/db/clients";
import { saveDraft, signSession } from "@/db/notes";
import { addSegment } from "@/db/segments";
import { getSession, startSession } from "@/db/sessions";
import { IN_PERSON, completeNote } from "@/lib/notes/test-support";
import type { NoteBody } from "@/lib/validation/note";
import { asUser, fromDb } from "./actors";
import type { TestUser } from "./fixtures";
import { PRACTICE } from "./practice";

/** Yesterday in the practice zone: typed segments may not lie in the future. */
export const serviceDay = (): string => DateTime.now().setZone(PRACTICE.timeZone).minus({ days: 1 }).toISODate() ?? "";

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
export async function setupNote(user: TestUser, options: NoteSetup = {}): Promise<{ sessionId: string; clientId: string }> {
  const ctx = await asUser(user);
  const newClient = { name: `Robin Client ${user.id.slice(0, 6)}`, dateOfBirth: "1988-03-14", externalId: "MRN-4471" };
  const clientId = options.clientId ?? (await fromDb(createClient(ctx, newClient))).id;
  const { sessionId } = await fromDb(startSession(ctx, { clientId, ...IN_PERSON, startTimer: false }));
  const day = serviceDay();
  for (const [start, end] of options.segments ?? []) await fromDb(addSegment(ctx, { sessionId, start: `${day}T${start}`, end: `${day}T${end}` }));
  if (options.note || options.attested) {
    const note = options.note ?? completeNote();
    const { version } = await fromDb(saveDraft(ctx, { sessionId, version: 1, meta: IN_PERSON, timesAttested: options.attested ?? false, note }));
    if (options.sign) await fromDb(signSession(ctx, { sessionId, version }));
  }
  return { sessionId, clientId };
}

/** The note as stored, read back through the data layer as its owner. */
export async function storedNote(user: TestUser, sessionId: string) {
  const session = await fromDb(getSession(await asUser(user), sessionId));
  return { status: session.status, note: session.note, lines: session.billingLines.map((l) => `${l.code} ×${l.units}`) };
}
