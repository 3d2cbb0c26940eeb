import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, count, eq, ne } from "drizzle-orm";
import type { z } from "zod";
import type { MidnightPolicy, PayerInput, RuleSet } from "@/lib/billing/payer";
import { payerInputOf } from "@/lib/billing/stored-payer";
import type { SupervisedNpiPolicy } from "@/lib/billing/supervised-npi";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { createPayerSchema, updatePayerSchema } from "@/lib/validation/payer";
import type { Tx } from "./client";
import type { DbContext } from "./context";
import { operation } from "./operation";
import { clients, payers } from "./tables";

export type PayerView = {
  id: string;
  name: string;
  ruleSet: RuleSet;
  videoModifier: string;
  audioOnlyModifier: string;
  nonOfficeCrisisSites: string;
  midnight: MidnightPolicy;
  claimsPayerId: string | null;
  supervisedNpi: SupervisedNpiPolicy;
  active: boolean;
  clientCount: number;
};

export type PayerOption = { id: string; name: string; ruleSet: RuleSet };

const ADMINS = ["admin"] as const;

/** A client's payer as billing uses it: the engine's input, and what a stored line records. */
export type ClientPayer = { input: PayerInput | undefined; id: string | null; name: string | null };

/** The client's payer now, as the engine takes it; none recorded bills by today's CPT rules. */
export async function clientPayerIn(tx: Tx, clientId: string): Promise<ClientPayer> {
  const [row] = await tx
    .select({ id: payers.id, name: payers.name, ruleSet: payers.ruleSet, videoModifier: payers.videoModifier, audioOnlyModifier: payers.audioOnlyModifier, nonOfficeCrisisSites: payers.nonOfficeCrisisSites, midnight: payers.midnight })
    .from(clients)
    .innerJoin(payers, eq(payers.id, clients.payerId))
    .where(eq(clients.id, clientId));
  return row ? { input: payerInputOf(row), id: row.id, name: row.name } : { input: undefined, id: null, name: null };
}


const payerColumns = {
  id: payers.id,
  name: payers.name,
  ruleSet: payers.ruleSet,
  videoModifier: payers.videoModifier,
  audioOnlyModifier: payers.audioOnlyModifier,
  nonOfficeCrisisSites: payers.nonOfficeCrisisSites,
  midnight: payers.midnight,
  claimsPayerId: payers.claimsPayerId,
  supervisedNpi: payers.supervisedNpi,
  active: payers.active,
};

/** Every payer, active first, with how many clients use it (a payer in use is deactivated, never deleted). */
export async function listPayers(ctx: DbContext): Promise<PayerView[]> {
  return operation(ctx, { name: "payers.list", roles: ADMINS, mode: "read" }, async ({ tx }) => {
    const rows = await tx.select(payerColumns).from(payers).orderBy(asc(payers.name));
    const usage = await tx.select({ payerId: clients.payerId, n: count() }).from(clients).groupBy(clients.payerId);
    const counts = new Map(usage.map((u) => [u.payerId, u.n]));
    return rows.map((row) => ({ ...row, clientCount: counts.get(row.id) ?? 0 })).sort((a, b) => Number(b.active) - Number(a.active));
  });
}

export async function getPayer(ctx: DbContext, payerId: string): Promise<PayerView> {
  return operation(ctx, { name: "payers.read", roles: ADMINS, mode: "read" }, async ({ tx }) => {
    const [row] = await tx.select(payerColumns).from(payers).where(eq(payers.id, payerId));
    if (!row) throw new AppError("NOT_FOUND", "That payer does not exist.");
    const [usage] = await tx.select({ n: count() }).from(clients).where(eq(clients.payerId, payerId));
    return { ...row, clientCount: usage?.n ?? 0 };
  });
}

/** The payers a client can be put on: active ones, for the client form. */
export async function listPayerOptions(ctx: DbContext): Promise<PayerOption[]> {
  return operation(ctx, { name: "payers.options", roles: [...CLINICAL_ROLES, "admin"], mode: "read" }, ({ tx }) =>
    tx.select({ id: payers.id, name: payers.name, ruleSet: payers.ruleSet }).from(payers).where(eq(payers.active, true)).orderBy(asc(payers.name)),
  );
}

async function assertNameFree(tx: Tx, name: string, exceptId: string | null): Promise<void> {
  const [taken] = await tx
    .select({ id: payers.id })
    .from(payers)
    .where(and(eq(payers.name, name), exceptId ? ne(payers.id, exceptId) : undefined));
  if (taken) throw new AppError("VALIDATION", "A payer with this name already exists.", { name: ["A payer with this name already exists."] });
}

export async function createPayer(ctx: DbContext, input: z.output<typeof createPayerSchema>): Promise<{ payerId: string }> {
  return operation(ctx, { name: "payers.create", roles: ADMINS }, async ({ tx, audit }) => {
    await assertNameFree(tx, input.name, null);
    const now = new Date().toISOString();
    const payerId = randomUUID();
    await tx.insert(payers).values({ ...input, id: payerId, createdAt: now, updatedAt: now });
    await audit({ action: "payer.created", entityType: "payer", entityId: payerId, detail: { ruleSet: input.ruleSet } });
    return { payerId };
  });
}

/** A change applies to lines signed from now on; stored lines keep the payer and rule set they were signed under. */
export async function updatePayer(ctx: DbContext, input: z.output<typeof updatePayerSchema>): Promise<void> {
  const { payerId, ...changes } = input;
  await operation(ctx, { name: "payers.update", roles: ADMINS }, async ({ tx, audit }) => {
    const [before] = await tx.select(payerColumns).from(payers).where(eq(payers.id, payerId));
    if (!before) throw new AppError("NOT_FOUND", "That payer does not exist.");
    await assertNameFree(tx, changes.name, payerId);
    await tx
      .update(payers)
      .set({ ...changes, updatedAt: new Date().toISOString() })
      .where(eq(payers.id, payerId));
    const fields = (Object.keys(changes) as (keyof typeof changes)[]).filter((key) => before[key] !== changes[key]);
    await audit({ action: "payer.changed", entityType: "payer", entityId: payerId, detail: { fields: fields.join(",") } });
  });
}

export async function setPayerActive(ctx: DbContext, input: { payerId: string; active: boolean }): Promise<void> {
  await operation(ctx, { name: input.active ? "payers.reactivate" : "payers.deactivate", roles: ADMINS }, async ({ tx, audit }) => {
    const [before] = await tx.select({ active: payers.active }).from(payers).where(eq(payers.id, input.payerId));
    if (!before) throw new AppError("NOT_FOUND", "That payer does not exist.");
    if (before.active === input.active) return;
    await tx.update(payers).set({ active: input.active, updatedAt: new Date().toISOString() }).where(eq(payers.id, input.payerId));
    await audit({ action: input.active ? "payer.reactivated" : "payer.deactivated", entityType: "payer", entityId: input.payerId });
  });
}
