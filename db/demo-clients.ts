import "server-only";
import { DateTime } from "luxon";
import { addSegment } from "./segments";
import { createClient } from "./clients";
import type { ActorContext } from "./context";
import { startSession } from "./sessions";

/** Fictional people; any resemblance is accidental. Keyed by the demo clinician's email. */
const DEMO_CLIENTS: Record<string, { name: string; dateOfBirth: string; externalId: string | null }[]> = {
  "supervisor@demo.test": [
    { name: "Harriet Vance", dateOfBirth: "1968-02-14", externalId: "MRN-30112" },
    { name: "Luis Ortega", dateOfBirth: "1995-09-30", externalId: null },
  ],
  "therapist@demo.test": [
    { name: "Maya Lindqvist", dateOfBirth: "1991-04-17", externalId: "MRN-10421" },
    { name: "Darnell Brooks", dateOfBirth: "1984-11-02", externalId: null },
    { name: "Priya Raman", dateOfBirth: "2006-07-23", externalId: "MRN-10587" },
  ],
  "therapist2@demo.test": [
    { name: "Tomasz Wiśniewski", dateOfBirth: "1977-01-09", externalId: "MRN-20033" },
    { name: "Abena Mensah", dateOfBirth: "1999-05-28", externalId: null },
    { name: "Ruth Calloway", dateOfBirth: "1952-12-11", externalId: "MRN-20190" },
  ],
};

/**
 * A clinician's demo clients, and for therapists one draft crisis note typed afterwards
 * (yesterday, 47 minutes), so the dashboard and the note page have something to show.
 */
export async function seedDemoClients(ctx: ActorContext, timeZone: string): Promise<string[]> {
  const made = [];
  for (const client of DEMO_CLIENTS[ctx.actor.email] ?? []) made.push(await createClient(ctx, client));
  const first = made[0];
  const clientIds = made.map((client) => client.id);
  if (ctx.actor.role !== "therapist" || !first) return clientIds;
  const { sessionId } = await startSession(ctx, {
    clientId: first.id,
    modality: "in_person",
    placeOfService: "11",
    clientAtHome: false,
    audioOnlyReason: "",
    contactStart: "walk_in",
    startTimer: false,
  });
  const day = DateTime.now().setZone(timeZone).minus({ days: 1 }).toISODate() ?? "";
  await addSegment(ctx, { sessionId, start: `${day}T14:05`, end: `${day}T14:52` });
  return clientIds;
}
