import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { setupSchema } from "@/lib/validation/setup";
import { practiceSettingsSchema } from "@/lib/validation/practice";
import type { DbContext } from "./context";
import { completeSetup, isPracticeSetUp, getPracticeSettings, updatePracticeSettings } from "./practice";
import { auditEvents, practiceSettings, users } from "./tables";
import { addUser, asActor, auditRows, contextOf, lastAudit, onPostgres, rejectionOf, rowCount, setUpPractice, testDb } from "./test-support";

const setupInput = setupSchema.parse({
  practiceName: "Harbor Crisis Services",
  timeZone: "America/Denver",
  adminName: "Avery Admin",
  adminEmail: "avery@test.example",
  password: "a-long-enough-password",
  confirmPassword: "a-long-enough-password",
});

const firstRun = async (): Promise<DbContext> => ({ db: await testDb(), actor: null, ip: "192.0.2.10" });

describe("first-run setup", () => {
  it("creates the practice and its first admin, audited", async () => {
    const ctx = await firstRun();
    const { adminId } = await completeSetup(ctx, setupInput);
    expect(await getPracticeSettings(ctx)).toEqual({
      name: "Harbor Crisis Services",
      timeZone: "America/Denver",
      idleTimeoutMinutes: 15,
      defaultPlaceOfService: "11",
      reviewDueDays: 3,
    });
    expect((await contextOf(ctx.db, adminId)).actor).toMatchObject({ role: "admin", email: "avery@test.example", mustChangePassword: false });
    expect(await auditRows(ctx.db)).toMatchObject([{ action: "practice.setup", actorId: adminId, ip: "192.0.2.10" }]);
  });

  it("a second setup is refused and leaves one practice and one admin", async () => {
    const ctx = await firstRun();
    await completeSetup(ctx, setupInput);
    const again = { ...setupInput, adminEmail: "intruder@test.example" };
    await expect(completeSetup(ctx, again)).rejects.toMatchObject({ code: "CONFLICT", message: "This practice is already set up." });
    expect([await rowCount(ctx.db, practiceSettings), await rowCount(ctx.db, users), await rowCount(ctx.db, auditEvents)]).toEqual([1, 1, 1]);
  });

  it("is all or nothing: when the admin cannot be inserted, no practice exists either", async () => {
    const ctx = await firstRun();
    const now = new Date().toISOString();
    // A row with the admin's email makes the admin insert fail after the practice insert ran.
    await ctx.db
      .insert(users)
      .values({ id: randomUUID(), email: setupInput.adminEmail, name: "Squatter", role: "therapist", passwordHash: "x", createdAt: now, updatedAt: now });
    const error = await rejectionOf(completeSetup(ctx, setupInput));
    // SQLite's and PostgreSQL's words for the same refusal.
    expect(String(error)).toMatch(onPostgres ? /duplicate key value violates unique constraint "users_email_unique"/ : /UNIQUE constraint failed: users\.email/);
    expect(await isPracticeSetUp(ctx)).toBe(false);
    expect(await rowCount(ctx.db, practiceSettings)).toBe(0);
    expect(await rowCount(ctx.db, auditEvents)).toBe(0);
    expect(await rowCount(ctx.db, users)).toBe(1);
  });
});

describe("practice settings", () => {
  const settings = practiceSettingsSchema.parse({
    name: "Harbor Crisis Services",
    timeZone: "America/Chicago",
    idleTimeoutMinutes: 20,
    defaultPlaceOfService: "11",
    reviewDueDays: 5,
  });

  it("an admin changes them, audited with the fields that changed", async () => {
    const { db, admin } = await setUpPractice();
    await updatePracticeSettings(admin, settings);
    expect(await getPracticeSettings({ db })).toMatchObject({ name: "Harbor Crisis Services", idleTimeoutMinutes: 20 });
    expect(await lastAudit(db)).toMatchObject({ action: "practice.settings_changed", actorId: admin.actor.id });
    expect(JSON.parse((await lastAudit(db))?.detail ?? "{}")).toEqual({ fields: "name,idleTimeoutMinutes,reviewDueDays" });
  });

  it("a therapist is refused (audited) and nothing changes", async () => {
    const { db, admin } = await setUpPractice();
    const therapist = asActor(await contextOf(db, (await addUser(admin, "therapist")).id));
    const before = await getPracticeSettings({ db });
    expect(await rejectionOf(updatePracticeSettings(therapist, settings))).toMatchObject({ code: "FORBIDDEN" });
    expect(await getPracticeSettings({ db })).toEqual(before);
    expect(await lastAudit(db)).toMatchObject({ action: "auth.access_denied", entityId: "practice.update_settings", actorId: therapist.actor.id });
  });
});
