import "server-only";
import { randomUUID } from "node:crypto";
import { and, desc, eq, gte } from "drizzle-orm";
import { DateTime } from "luxon";
import type { z } from "zod";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { localDateOf } from "@/lib/time/local";
import { ACCOUNTING_YEARS, type recordDisclosureSchema } from "@/lib/validation/disclosure";
import type { Tx } from "./client";
import { clientDetailsIn } from "./clients";
import type { DbContext } from "./context";
import { operation } from "./operation";
import { disclosures, practiceSettings, users } from "./tables";

export type DisclosureEntry = {
  id: string;
  disclosedOn: string;
  recipient: string;
  description: string;
  purpose: string;
  correctsId: string | null;
  recordedByName: string;
  recordedAt: string;
};

/** Clinicians for the clients they see, admins for every client (db/clients.ts clientDetailsIn). */
const RECORDERS = [...CLINICAL_ROLES, "admin"] as const;

async function todayInPractice(tx: Tx): Promise<{ today: string; timeZone: string }> {
  const [row] = await tx.select({ timeZone: practiceSettings.timeZone }).from(practiceSettings).where(eq(practiceSettings.id, 1));
  const timeZone = row?.timeZone ?? "UTC";
  return { today: localDateOf(new Date().toISOString(), timeZone), timeZone };
}

function entriesOf(tx: Tx, clientId: string, since?: string) {
  return tx
    .select({
      id: disclosures.id,
      disclosedOn: disclosures.disclosedOn,
      recipient: disclosures.recipient,
      description: disclosures.description,
      purpose: disclosures.purpose,
      correctsId: disclosures.correctsId,
      recordedByName: users.name,
      recordedAt: disclosures.recordedAt,
    })
    .from(disclosures)
    .innerJoin(users, eq(users.id, disclosures.recordedById))
    .where(and(eq(disclosures.clientId, clientId), since ? gte(disclosures.disclosedOn, since) : undefined))
    .orderBy(desc(disclosures.disclosedOn), desc(disclosures.recordedAt));
}

/**
 * Records a disclosure of a client's information, by a clinician who sees the client or an admin.
 * Entries are never changed: a correction is a new entry naming the earlier one. Audited on the
 * client, with the entry's id and date (never its text).
 */
export async function recordDisclosure(ctx: DbContext, input: z.output<typeof recordDisclosureSchema>): Promise<{ id: string }> {
  return operation(ctx, { name: "disclosures.record", roles: RECORDERS }, async ({ tx, actor, audit }) => {
    await clientDetailsIn(tx, actor, input.clientId);
    const { today } = await todayInPractice(tx);
    if (input.disclosedOn > today) {
      throw new AppError("VALIDATION", "The date of a disclosure cannot be in the future.", { disclosedOn: ["The date of a disclosure cannot be in the future."] });
    }
    if (input.correctsId) {
      const [earlier] = await tx
        .select({ id: disclosures.id })
        .from(disclosures)
        .where(and(eq(disclosures.id, input.correctsId), eq(disclosures.clientId, input.clientId)));
      if (!earlier) throw new AppError("VALIDATION", "Choose the entry to correct from this client's list.", { correctsId: ["Choose the entry to correct from this client's list."] });
    }
    const id = randomUUID();
    await tx.insert(disclosures).values({ id, ...input, recordedById: actor.id, recordedAt: new Date().toISOString() });
    await audit({
      action: "disclosure.recorded",
      entityType: "client",
      entityId: input.clientId,
      detail: { disclosureId: id, disclosedOn: input.disclosedOn, corrects: input.correctsId },
    });
    return { id };
  });
}

/** The client's disclosures, newest first, for the client's page (the page's view is audited there). */
export async function listClientDisclosures(ctx: DbContext, clientId: string): Promise<DisclosureEntry[]> {
  return operation(ctx, { name: "disclosures.list", roles: RECORDERS, mode: "read" }, async ({ tx, actor }) => {
    await clientDetailsIn(tx, actor, clientId);
    return entriesOf(tx, clientId);
  });
}

export type DisclosureAccounting = { clientName: string; dateOfBirth: string; since: string; until: string; entries: DisclosureEntry[] };

/**
 * The accounting an individual may ask for (HIPAA §164.528): the client's disclosures of the six
 * years up to today, in the practice's calendar. Admins; audited as its own event.
 */
export async function accountDisclosures(ctx: DbContext, clientId: string): Promise<DisclosureAccounting> {
  return operation(ctx, { name: "disclosures.account", roles: ["admin"] }, async ({ tx, actor, audit }) => {
    const client = await clientDetailsIn(tx, actor, clientId);
    const { today, timeZone } = await todayInPractice(tx);
    const since = DateTime.fromISO(today, { zone: timeZone }).minus({ years: ACCOUNTING_YEARS }).toISODate() ?? today;
    const entries = await entriesOf(tx, clientId, since);
    await audit({ action: "disclosures.accounted", entityType: "client", entityId: clientId, detail: { from: since, to: today, rows: entries.length } });
    return { clientName: client.name, dateOfBirth: client.dateOfBirth, since, until: today, entries };
  });
}
