import { DateTime } from "luxon";
import { createClient } from "@/db/clients";
import type { ActorContext } from "@/db/context";
import { addSegment } from "@/db/segments";
import { startSession } from "@/db/sessions";
import { findActiveActor } from "@/db/sign-in";
import { type TestUser, firstAdminContext } from "./fixtures";
import { PRACTICE } from "./practice";

/** A wall-clock time yesterday in the practice zone: typed times are then never "in the future". */
export const yesterdayAt = (time: string) => `${DateTime.now().setZone(PRACTICE.timeZone).minus({ days: 1 }).toISODate()}T${time}`;

/** The data layer acting as `user`: to set up a test quickly and to check what was (not) written. */
export function asUser(user: TestUser): ActorContext {
  const { db } = firstAdminContext();
  const actor = findActiveActor({ db }, user.id);
  if (!actor) throw new Error("test user is not active");
  return { db, actor, ip: "e2e" };
}

/**
 * A client and a draft in-person session of `user`, made as the app would (audited, authorized);
 * with `segment`, one typed time segment. The UI for this is covered by clients-and-timer.spec.ts.
 */
export function clientWithDraft(user: TestUser, options: { clientName: string; segment?: { start: string; end: string } }) {
  const ctx = asUser(user);
  const client = createClient(ctx, { name: options.clientName, dateOfBirth: "1980-01-01", externalId: null });
  const { sessionId } = startSession(ctx, {
    clientId: client.id,
    modality: "in_person",
    placeOfService: "11",
    clientAtHome: false,
    audioOnlyReason: "",
    contactStart: "walk_in",
    startTimer: false,
  });
  if (options.segment) addSegment(ctx, { sessionId, ...options.segment });
  return { clientId: client.id, sessionId };
}
