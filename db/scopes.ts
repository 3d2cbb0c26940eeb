import "server-only";
import { and, eq, gte, inArray, lte, ne, or, sql } from "drizzle-orm";
import type { Actor } from "./context";
import { billingLines, clients, crisisSessions, reviewQueue, users } from "./tables";

/*
 * Access scopes: which rows an actor may touch, by purpose, written once as WHERE builders.
 * Every query of notes, clients or billing lines puts one of these in its WHERE clause, so a
 * record outside the scope is simply not found (and db/operation.ts audits the attempt).
 */

/** Notes the clinician wrote: the only notes they may open, edit, sign, print or add addenda to. */
export const ownNotes = (actor: Actor) => eq(crisisSessions.clinicianId, actor.id);

/**
 * Notes a supervisor may review: signed notes (never drafts) of the clinicians they supervise
 * now. A change of supervisor moves the notes with the clinician. Used by supervisor review.
 */
export const notesForReview = (actor: Actor) =>
  and(
    inArray(crisisSessions.clinicianId, sql`(select ${users.id} from ${users} where ${users.supervisorId} = ${actor.id})`),
    ne(crisisSessions.status, "draft"),
  );

/**
 * The review queue's rows a supervisor may see: those of the clinicians they supervise now. A
 * queue row is always a signed note (only signing adds one), so this is `notesForReview` read
 * from the queue's own index, without the notes.
 */
export const reviewQueueFor = (actor: Actor) =>
  inArray(reviewQueue.clinicianId, sql`(select ${users.id} from ${users} where ${users.supervisorId} = ${actor.id})`);

/**
 * Clients a clinician may see: those they are primary clinician for, or have written a note for.
 */
export const visibleClients = (actor: Actor) =>
  or(
    eq(clients.primaryClinicianId, actor.id),
    sql`exists (select 1 from ${crisisSessions} where ${crisisSessions.clientId} = ${clients.id} and ${crisisSessions.clinicianId} = ${actor.id})`,
  );

/**
 * The same clients as `visibleClients`, written for a list: the clients of the clinician's notes
 * are read once from their notes' index, where `visibleClients` probes the notes for each client
 * (cheap for one client, 40 ms for a list walked by name on a 200k-session practice).
 */
export const visibleClientsList = (actor: Actor) =>
  or(eq(clients.primaryClinicianId, actor.id), inArray(clients.id, sql`(select ${crisisSessions.clientId} from ${crisisSessions} where ${crisisSessions.clinicianId} = ${actor.id})`));

/**
 * The practice's clients as admins see them: demographics and insurance for billing, never a
 * note. Every client of the practice.
 */
export const practiceClients = () => sql`1 = 1`;

/**
 * Billing lines of the whole practice for a range of dates of service: the admin's (biller's)
 * scope. Queries under it select billing columns only, never note text (db/billing.ts).
 */
export const practiceBillingLines = (range: { from: string; to: string }) =>
  and(gte(billingLines.dateOfService, range.from), lte(billingLines.dateOfService, range.to));
