import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import type { createClientSchema, updateClientSchema } from "@/lib/validation/client";
import { AppError } from "@/lib/errors";
import type { Tx } from "./client";
import type { Actor, DbContext } from "./context";
import { OutOfScopeError, type Work, operation } from "./operation";
import { containsIgnoringCase } from "./sql-dialect";
import { clients, payers } from "./tables";
import { practiceClients, visibleClients, visibleClientsList } from "./scopes";

export type ClientSummary = { id: string; name: string; dateOfBirth: string; externalId: string | null };

/** The client's whole record (no notes): for the client page, the edit form and the session page. */
export type ClientDetails = ClientSummary & {
  pronouns: string | null;
  phone: string | null;
  address: string | null;
  emergencyContactName: string | null;
  emergencyContactRelation: string | null;
  emergencyContactPhone: string | null;
  payerId: string | null;
  payerName: string | null;
  memberId: string | null;
  groupNumber: string | null;
  active: boolean;
};

const summaryColumns = {
  id: clients.id,
  name: clients.name,
  dateOfBirth: clients.dateOfBirth,
  externalId: clients.externalId,
};

export async function createClient(ctx: DbContext, input: z.output<typeof createClientSchema>): Promise<ClientSummary> {
  return operation(ctx, { name: "clients.create", roles: CLINICAL_ROLES }, async (work) => {
    const now = new Date().toISOString();
    const client = { id: randomUUID(), ...input };
    await work.tx.insert(clients).values({ ...client, primaryClinicianId: work.actor.id, createdAt: now, updatedAt: now });
    await work.audit({ action: "client.created", entityType: "client", entityId: client.id });
    return client;
  });
}

const CLIENT_LIST_LIMIT = 200;

/**
 * The clinician's active clients, optionally searched by name. Names, dates of birth and MRNs are
 * on screen, so it is audited: a list or a search, with counts (never the words searched for).
 */
export async function listMyClients(ctx: DbContext, query = ""): Promise<ClientSummary[]> {
  return operation(ctx, { name: "clients.list", roles: CLINICAL_ROLES }, (work) => myClientsIn(work, query));
}

/** listMyClients inside the caller's unit of work (a page that lists clients beside something else). */
export async function myClientsIn(work: Work, query: string): Promise<ClientSummary[]> {
  const search = query.trim();
  const found = await work.tx
    .select(summaryColumns)
    .from(clients)
    .where(and(eq(clients.active, true), visibleClientsList(work.actor), search ? containsIgnoringCase(clients.name, search) : undefined))
    .orderBy(asc(clients.name))
    .limit(CLIENT_LIST_LIMIT);
  await work.auditView(
    search
      ? { action: "clients.searched", entityType: "client_list", detail: { searchLength: search.length, shown: found.length } }
      : { action: "clients.listed", entityType: "client_list", detail: { shown: found.length } },
  );
  return found;
}

const detailColumns = {
  ...summaryColumns,
  pronouns: clients.pronouns,
  phone: clients.phone,
  address: clients.address,
  emergencyContactName: clients.emergencyContactName,
  emergencyContactRelation: clients.emergencyContactRelation,
  emergencyContactPhone: clients.emergencyContactPhone,
  payerId: clients.payerId,
  payerName: payers.name,
  memberId: clients.memberId,
  groupNumber: clients.groupNumber,
  active: clients.active,
};

/** Who may read and change a client's record: the clinicians who see them; admins, all (for billing). */
const clientScope = (actor: Actor) => (actor.role === "admin" ? practiceClients() : visibleClients(actor));

/** The client's record in the actor's scope, or NOT_FOUND (audited as a denied access). */
export async function clientDetailsIn(tx: Tx, actor: Actor, clientId: string): Promise<ClientDetails> {
  const [client] = await tx
    .select(detailColumns)
    .from(clients)
    .leftJoin(payers, eq(payers.id, clients.payerId))
    .where(and(eq(clients.id, clientId), clientScope(actor)));
  if (!client) throw new OutOfScopeError("client", clientId, "That client does not exist or is not one of yours.");
  return client;
}

const CLIENT_READERS = [...CLINICAL_ROLES, "admin"] as const;

export async function getClient(ctx: DbContext, clientId: string): Promise<ClientDetails> {
  return operation(ctx, { name: "clients.read", roles: CLIENT_READERS }, async (work) => {
    const client = await clientDetailsIn(work.tx, work.actor, clientId);
    await work.auditView({ action: "client.viewed", entityType: "client", entityId: clientId });
    return client;
  });
}

/** Every client of the practice, for admins: names, dates of birth and insurance, no notes. Audited as a list. */
export async function listPracticeClients(ctx: DbContext): Promise<ClientDetails[]> {
  return operation(ctx, { name: "clients.list_practice", roles: ["admin"] }, async (work) => {
    const rows = await work.tx
      .select(detailColumns)
      .from(clients)
      .leftJoin(payers, eq(payers.id, clients.payerId))
      .where(practiceClients())
      .orderBy(asc(clients.name))
      .limit(CLIENT_LIST_LIMIT * 5);
    await work.auditView({ action: "clients.listed", entityType: "client_list", detail: { shown: rows.length, practice: true } });
    return rows;
  });
}

/**
 * A change to a client's record. Audited with the names of the fields that changed, never their
 * values. A deactivated client is reactivated before any change; the payer must be an active one
 * (or the one the client already has).
 */
export async function updateClient(ctx: DbContext, input: z.output<typeof updateClientSchema>): Promise<void> {
  const { clientId, ...changes } = input;
  await operation(ctx, { name: "clients.update", roles: CLIENT_READERS }, async (work) => {
    const { tx, actor } = work;
    const before = await clientDetailsIn(tx, actor, clientId);
    if (!before.active) throw new AppError("CONFLICT", "This client is deactivated. Reactivate the client before changing their record.");
    if (changes.payerId !== null && changes.payerId !== before.payerId) {
      const [payer] = await tx.select({ active: payers.active }).from(payers).where(eq(payers.id, changes.payerId));
      if (!payer?.active) throw new AppError("VALIDATION", "Choose an active payer from the list.", { payerId: ["Choose an active payer from the list."] });
    }
    const fields = (Object.keys(changes) as (keyof typeof changes)[]).filter((key) => before[key] !== changes[key]);
    if (fields.length === 0) return;
    await tx
      .update(clients)
      .set({ ...changes, updatedAt: new Date().toISOString() })
      .where(eq(clients.id, clientId));
    await work.audit({ action: "client.changed", entityType: "client", entityId: clientId, detail: { fields: fields.join(",") } });
  });
}

/** Deactivated clients leave the lists and cannot start a new crisis session; their notes stay. */
export async function setClientActive(ctx: DbContext, input: { clientId: string; active: boolean }): Promise<void> {
  await operation(ctx, { name: input.active ? "clients.reactivate" : "clients.deactivate", roles: CLIENT_READERS }, async (work) => {
    const before = await clientDetailsIn(work.tx, work.actor, input.clientId);
    if (before.active === input.active) return;
    await work.tx.update(clients).set({ active: input.active, updatedAt: new Date().toISOString() }).where(eq(clients.id, input.clientId));
    await work.audit({ action: input.active ? "client.reactivated" : "client.deactivated", entityType: "client", entityId: input.clientId });
  });
}

