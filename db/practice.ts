import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { CPT_PAYER_RULES, MEDICARE_PAYER_RULES } from "@/lib/billing";
import { storedDefaults } from "@/lib/billing/stored-payer";
import { AppError } from "@/lib/errors";
import type { practiceSettingsSchema } from "@/lib/validation/practice";
import type { setupSchema } from "@/lib/validation/setup";
import type { Tx } from "./client";
import type { DbContext } from "./context";
import { operation, publicOperation } from "./operation";
import { payers, practiceSettings, users } from "./tables";

const STARTER_PAYERS = [
  { name: "Commercial (CPT rules)", rules: CPT_PAYER_RULES },
  { name: "Medicare", rules: MEDICARE_PAYER_RULES },
  { name: "Self-pay", rules: CPT_PAYER_RULES },
] as const;

export type PracticeSettings = {
  name: string;
  timeZone: string;
  idleTimeoutMinutes: number;
  defaultPlaceOfService: string;
  reviewDueDays: number;
};

const settingsColumns = {
  name: practiceSettings.name,
  timeZone: practiceSettings.timeZone,
  idleTimeoutMinutes: practiceSettings.idleTimeoutMinutes,
  defaultPlaceOfService: practiceSettings.defaultPlaceOfService,
  reviewDueDays: practiceSettings.reviewDueDays,
};

/** The settings row inside a unit of work; null before first-run setup. */
export async function settingsIn(tx: Tx): Promise<PracticeSettings | null> {
  const [row] = await tx.select(settingsColumns).from(practiceSettings).where(eq(practiceSettings.id, 1));
  return row ?? null;
}

/** The practice time zone inside a unit of work (dates of service and billing days use it). */
export async function practiceTimeZone(tx: Tx): Promise<string> {
  return (await settingsIn(tx))?.timeZone ?? "UTC";
}

/**
 * Practice-wide settings. Public: the sign-in page shows the practice name and sign-in applies
 * the idle time-out before anyone is signed in. Null until first-run setup.
 */
export async function getPracticeSettings(ctx: Pick<DbContext, "db">): Promise<PracticeSettings | null> {
  return publicOperation({ db: ctx.db, ip: null }, { name: "practice.read", mode: "read" }, ({ tx }) => settingsIn(tx));
}

/** Whether first-run setup has happened. Public: decides where a signed-out visitor goes. */
export async function isPracticeSetUp(ctx: Pick<DbContext, "db">): Promise<boolean> {
  return (await getPracticeSettings(ctx)) !== null;
}

/**
 * First run: the practice and its first admin, in one transaction. A second attempt (or a race
 * of two browsers) finds the row and is refused; /setup is gone for good.
 */
export async function completeSetup(ctx: DbContext, input: z.output<typeof setupSchema>): Promise<{ adminId: string }> {
  if (await isPracticeSetUp(ctx)) throw new AppError("CONFLICT", "This practice is already set up.");
  // Hashing is slow and async: done before the transaction, never while holding the write lock.
  const passwordHash = await hashPassword(input.password);
  const now = new Date().toISOString();
  const adminId = randomUUID();
  return publicOperation(ctx, { name: "practice.setup" }, async ({ tx, audit }) => {
    if (await settingsIn(tx)) throw new AppError("CONFLICT", "This practice is already set up.");
    await tx.insert(practiceSettings).values({ id: 1, name: input.practiceName, timeZone: input.timeZone, createdAt: now, updatedAt: now });
    await tx.insert(users).values({
      id: adminId,
      email: input.adminEmail,
      name: input.adminName,
      role: "admin",
      passwordHash,
      createdAt: now,
      updatedAt: now,
    });
    // Every practice starts with the payers most clients have (BILLING-RULES §8); admins add more.
    for (const starter of STARTER_PAYERS) {
      await tx.insert(payers).values({ id: randomUUID(), name: starter.name, ruleSet: starter.rules.ruleSet, ...storedDefaults(starter.rules), createdAt: now, updatedAt: now });
    }
    await audit({ action: "practice.setup", entityType: "practice", entityId: "1", actorId: adminId, detail: { timeZone: input.timeZone } });
    return { adminId };
  });
}

export async function updatePracticeSettings(ctx: DbContext, input: z.output<typeof practiceSettingsSchema>): Promise<PracticeSettings> {
  return operation(ctx, { name: "practice.update_settings", roles: ["admin"] }, async ({ tx, audit }) => {
    const before = await settingsIn(tx);
    if (!before) throw new AppError("CONFLICT", "The practice is not set up yet.");
    await tx
      .update(practiceSettings)
      .set({ ...input, updatedAt: new Date().toISOString() })
      .where(eq(practiceSettings.id, 1));
    const changed = (Object.keys(input) as (keyof PracticeSettings)[]).filter((key) => before[key] !== input[key]);
    await audit({ action: "practice.settings_changed", entityType: "practice", entityId: "1", detail: { fields: changed.join(",") } });
    return input;
  });
}
