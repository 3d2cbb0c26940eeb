import { DateTime } from "luxon";
import { createClient } from "@/db/clients";
import { addSegment } from "@/db/segments";
import { startSession } from "@/db/sessions";
import { asUser, fromDb } from "./actors";
import type { TestUser } from "./fixtures";
import { PRACTICE } from "./practice";

/** A wall-clock time yesterday in the practice zone: typed times are then never "in the future". */
export const yesterdayAt = (time: string) => `${DateTime.now().setZone(PRACTICE.timeZone).minus({ days: 1 }).toISODate()}T${time}`;

/**
 * A client and a draft in-person session of `user`, made as the app would (audited, authorized);
 * with `segment`, one typed time segment. The UI for this is covered by clients-and-timer.spec.ts.
 */
export async function clientWithDraft(user: TestUser, options: { clientName: string; segment?: { start: string; end: string } }) {
  const ctx = await asUser(user);
  const client = await fromDb(createClient(ctx, { name: options.clientName, dateOfBirth: "1980-01-01", externalId: null }));
  const { sessionId } = await fromDb(startSession(ctx, {
    clientId: client.id,
    modality: "in_person",
    placeOfService: "11",
    clientAtHome: false,
    audioOnlyReason: "",
    contactStart: "walk_in",
    startTimer: false,
  }));
  if (options.segment) await fromDb(addSegment(ctx, { sessionId, ...options.segment }));
  return { clientId: client.id, sessionId };
}
