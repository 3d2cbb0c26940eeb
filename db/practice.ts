import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import type { z } from "zod";
import type { practiceSettingsSchema } from "@/lib/validation/practice";
import type { setupSchema } from "@/lib/validation/setup";
import { type Tx, appendAudit } from "./audit";
import { authorize } from "./authorize";
import type { DbContext } from "./context";
import { practiceSettings, users } from "./schema";

export type PracticeSettings = {
  name: string;
  timeZone: string;
  idleTimeoutMinutes: number;
  defaultPlaceOfService: string;
};

const settingsColumns = {
  name: practiceSettings.name,
  timeZone: practiceSettings.timeZone,
  idleTimeoutMinutes: practiceSettings.idleTimeoutMinutes,
  defaultPlaceOfService: practiceSettings.defaultPlaceOfService,
};

/** Whether first-run setup has happened. Public: decides where a signed-out visitor goes. */
export function isPracticeSetUp(db: Tx): boolean {
  return db.select({ id: practiceSettings.id }).from(practiceSettings).get() !== undefined;
}

/** Practice-wide settings; public so that sign-in can apply the idle time-out. */
export function readPracticeSettings(db: Tx): PracticeSettings | null {
  return db.select(settingsColumns).from(practiceSettings).where(eq(practiceSettings.id, 1)).get() ?? null;
}

/**
 * First run: the practice and its first admin, in one transaction. A second attempt (or a race
 * of two browsers) finds the row and is refused; /setup is gone for good.
 */
export async function completeSetup(ctx: DbContext, input: z.output<typeof setupSchema>): Promise<{ adminId: string }> {
  if (isPracticeSetUp(ctx.db)) throw new AppError("CONFLICT", "This practice is already set up.");
  const passwordHash = await hashPassword(input.password);
  const now = new Date().toISOString();
  const adminId = randomUUID();
  ctx.db.transaction(
    (tx) => {
      if (tx.select({ id: practiceSettings.id }).from(practiceSettings).get()) {
        throw new AppError("CONFLICT", "This practice is already set up.");
      }
      tx.insert(practiceSettings)
        .values({ id: 1, name: input.practiceName, timeZone: input.timeZone, createdAt: now, updatedAt: now })
        .run();
      tx.insert(users)
        .values({
          id: adminId,
          email: input.adminEmail,
          name: input.adminName,
          role: "admin",
          passwordHash,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      appendAudit(tx, ctx, {
        action: "practice.setup",
        entityType: "practice",
        entityId: "1",
        actorId: adminId,
        detail: { timeZone: input.timeZone },
      });
    },
    { behavior: "immediate" },
  );
  return { adminId };
}

export function updatePracticeSettings(ctx: DbContext, input: z.output<typeof practiceSettingsSchema>): PracticeSettings {
  authorize(ctx, ["admin"], "practice.update_settings");
  ctx.db.transaction(
    (tx) => {
      const before = tx.select(settingsColumns).from(practiceSettings).where(eq(practiceSettings.id, 1)).get();
      if (!before) throw new AppError("CONFLICT", "The practice is not set up yet.");
      tx.update(practiceSettings)
        .set({ ...input, updatedAt: new Date().toISOString() })
        .where(eq(practiceSettings.id, 1))
        .run();
      const changed = (Object.keys(input) as (keyof PracticeSettings)[]).filter((key) => before[key] !== input[key]);
      appendAudit(tx, ctx, {
        action: "practice.settings_changed",
        entityType: "practice",
        entityId: "1",
        detail: { fields: changed.join(",") },
      });
    },
    { behavior: "immediate" },
  );
  return input;
}
