import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import type { createClientSchema } from "@/lib/validation/client";
import type { Tx } from "./client";
import type { Actor, DbContext } from "./context";
import { OutOfScopeError, operation } from "./operation";
import { clients } from "./schema";
import { visibleClients } from "./scopes";

export type ClientSummary = { id: string; name: string; dateOfBirth: string; externalId: string | null };

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
  return operation(ctx, { name: "clients.list", roles: CLINICAL_ROLES }, async (work) => {
    const search = query.trim();
    const found = await work.tx
      .select(summaryColumns)
      .from(clients)
      .where(and(eq(clients.active, true), visibleClients(work.actor), search ? sql`${clients.name} like ${`%${escapeLike(search)}%`} escape '\\'` : undefined))
      .orderBy(asc(clients.name))
      .limit(CLIENT_LIST_LIMIT);
    await work.auditView(
      search
        ? { action: "clients.searched", entityType: "client_list", detail: { searchLength: search.length, shown: found.length } }
        : { action: "clients.listed", entityType: "client_list", detail: { shown: found.length } },
    );
    return found;
  });
}

/** A client the acting clinician may see, or NOT_FOUND (audited as a denied access). */
export async function findVisibleClient(tx: Tx, actor: Actor, clientId: string): Promise<ClientSummary> {
  const [client] = await tx
    .select(summaryColumns)
    .from(clients)
    .where(and(eq(clients.id, clientId), visibleClients(actor)));
  if (!client) throw new OutOfScopeError("client", clientId, "That client does not exist or is not one of yours.");
  return client;
}

export async function getClient(ctx: DbContext, clientId: string): Promise<ClientSummary> {
  return operation(ctx, { name: "clients.read", roles: CLINICAL_ROLES }, async (work) => {
    const client = await findVisibleClient(work.tx, work.actor, clientId);
    await work.auditView({ action: "client.viewed", entityType: "client", entityId: clientId });
    return client;
  });
}

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`);
