import { randomUUID } from "node:crypto";
import { type Page, test as base, expect } from "@playwright/test";
import { type Db, databaseFile, openDatabase } from "@/db/client";
import type { DbContext } from "@/db/context";
import type { Role } from "@/db/schema";
import { findActiveActor } from "@/db/sign-in";
import { changeOwnPassword, createUser, findUserIdByEmail, listUsers } from "@/db/users";
import { FIRST_ADMIN } from "./practice";

export type TestUser = { id: string; email: string; name: string; password: string; role: Role };

let db: Db | undefined;
/** The same SQLite file the server under test uses (WAL lets both open it). */
function testDb(): Db {
  db ??= openDatabase(databaseFile());
  return db;
}

/** The first admin (made by first-run.setup.ts) as a data-layer actor. */
export function firstAdminContext(): DbContext {
  const database = testDb();
  const adminId = findUserIdByEmail({ db: database }, FIRST_ADMIN.email);
  if (!adminId) throw new Error("first-run setup has not created the first admin");
  return { db: database, actor: findActiveActor({ db: database }, adminId), ip: "e2e" };
}

/**
 * A fresh user for one test, made through the app's own data layer as the first admin would,
 * with the temporary password already replaced (as the user would at first sign-in).
 */
export async function createTestUser(role: Role, options: { supervisorId?: string; name?: string } = {}): Promise<TestUser> {
  const admin = firstAdminContext();
  const suffix = randomUUID().slice(0, 8);
  const email = `${role}-${suffix}@e2e.test`;
  const name = options.name ?? `${role[0]?.toUpperCase()}${role.slice(1)} ${suffix}`;
  const password = `pw-${suffix}-long-enough`;
  const { userId, temporaryPassword } = await createUser(admin, {
    email,
    name,
    role,
    credentials: role === "admin" ? null : "LCSW",
    npi: null,
    supervisorId: options.supervisorId ?? null,
  });
  const asUser: DbContext = { db: admin.db, actor: findActiveActor({ db: admin.db }, userId), ip: "e2e" };
  await changeOwnPassword(asUser, { currentPassword: temporaryPassword, newPassword: password, confirmPassword: password });
  return { id: userId, email, name, password, role };
}

export function userByEmail(email: string) {
  return listUsers(firstAdminContext()).find((user) => user.email === email);
}

export async function signIn(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.goto("/login");
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Email").fill(user.email);
  await form.getByLabel("Password").fill(user.password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: /^Welcome, / })).toBeVisible();
}

type RoleFixtures = { therapist: TestUser; supervisor: TestUser; admin: TestUser };

/** Each test gets its own users, so tests never depend on one another's state. */
export const test = base.extend<RoleFixtures>({
  therapist: async ({}, use) => use(await createTestUser("therapist")),
  supervisor: async ({}, use) => use(await createTestUser("supervisor")),
  admin: async ({}, use) => use(await createTestUser("admin")),
});

export { expect };
