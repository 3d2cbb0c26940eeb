import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, or, sql } from "drizzle-orm";
import type { z } from "zod";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { createClientSchema } from "@/lib/validation/client";
import { type Tx, appendAudit } from "./audit";
import { authorize } from "./authorize";
import type { ActorContext, DbContext } from "./context";
import { clients, crisisSessions } from "./schema";

export type ClientSummary = { id: string; name: string; dateOfBirth: string; externalId: string | null };

const summaryColumns = {
  id: clients.id,
  name: clients.name,
  dateOfBirth: clients.dateOfBirth,
  externalId: clients.externalId,
};

/**
 * Which clients a clinician may see: those they are primary clinician for, or have written a
 * note for. Used in every WHERE, so another clinician's client is simply "not found".
 */
export function visibleToClinician(actorId: string) {
  return or(
    eq(clients.primaryClinicianId, actorId),
    sql`exists (select 1 from ${crisisSessions} where ${crisisSessions.clientId} = ${clients.id} and ${crisisSessions.clinicianId} = ${actorId})`,
  );
}

export function createClient(ctx: DbContext, input: z.output<typeof createClientSchema>): ClientSummary {
  authorize(ctx, CLINICAL_ROLES, "clients.create");
  const now = new Date().toISOString();
  const client = { id: randomUUID(), ...input };
  ctx.db.transaction(
    (tx) => {
      tx.insert(clients)
        .values({ ...client, primaryClinicianId: ctx.actor.id, createdAt: now, updatedAt: now })
        .run();
      appendAudit(tx, ctx, { action: "client.created", entityType: "client", entityId: client.id });
    },
    { behavior: "immediate" },
  );
  return client;
}

export function listMyClients(ctx: DbContext, query = ""): ClientSummary[] {
  authorize(ctx, CLINICAL_ROLES, "clients.list");
  const search = query.trim();
  return ctx.db
    .select(summaryColumns)
    .from(clients)
    .where(and(eq(clients.active, true), visibleToClinician(ctx.actor.id), search ? sql`${clients.name} like ${`%${escapeLike(search)}%`} escape '\\'` : undefined))
    .orderBy(asc(clients.name))
    .limit(200)
    .all();
}

/** A client the acting clinician may see, or NOT_FOUND. */
export function findVisibleClient(tx: Tx, ctx: ActorContext, clientId: string): ClientSummary {
  const client = tx
    .select(summaryColumns)
    .from(clients)
    .where(and(eq(clients.id, clientId), visibleToClinician(ctx.actor.id)))
    .get();
  if (!client) throw new AppError("NOT_FOUND", "That client does not exist or is not one of yours.");
  return client;
}

export function getClient(ctx: DbContext, clientId: string): ClientSummary {
  authorize(ctx, CLINICAL_ROLES, "clients.read");
  const client = findVisibleClient(ctx.db, ctx, clientId);
  ctx.db.transaction((tx) => appendAudit(tx, ctx, { action: "client.viewed", entityType: "client", entityId: clientId }), {
    behavior: "immediate",
  });
  return client;
}

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`);
