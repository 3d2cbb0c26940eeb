import { randomUUID } from "node:crypto";
import { type BrowserContext, type Page, test as base, expect } from "@playwright/test";
import { type AuditLogRow, listAuditEvents } from "@/db/audit-log";
import { type PracticeSettings, readPracticeSettings } from "@/db/practice";
import type { Role } from "@/lib/auth/roles";
import { changeOwnPassword, createUser, listUsers } from "@/db/users";
import { asUser, firstAdminContext, fromDb, testDb } from "./actors";

export type TestUser = { id: string; email: string; name: string; password: string; role: Role };

/**
 * A fresh user for one test, made through the app's own data layer as the first admin would,
 * with the temporary password already replaced (as the user would at first sign-in).
 */
export async function createTestUser(role: Role, options: { supervisorId?: string; name?: string } = {}): Promise<TestUser> {
  const admin = await firstAdminContext();
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
  await changeOwnPassword(await asUser({ id: userId }), { currentPassword: temporaryPassword, newPassword: password, confirmPassword: password });
  return { id: userId, email, name, password, role };
}

export async function userByEmail(email: string) {
  const users = await fromDb(listUsers(await firstAdminContext()));
  return users.find((user) => user.email === email);
}

export async function usersNamed(name: string) {
  const users = await fromDb(listUsers(await firstAdminContext()));
  return users.filter((user) => user.name === name);
}

/** An address no other test uses. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@e2e.test`;
}

export async function practiceSettings(): Promise<PracticeSettings | null> {
  return fromDb(readPracticeSettings(await testDb()));
}

/** The newest audit event that matches, searching back through the whole log. */
export async function findAuditEvent(matches: (row: AuditLogRow) => boolean): Promise<AuditLogRow | undefined> {
  const admin = await firstAdminContext();
  for (let page = 1; ; page += 1) {
    const { rows } = await fromDb(listAuditEvents(admin, page));
    const found = rows.find(matches);
    if (found || rows.length === 0) return found;
  }
}

/** The one message for every failed sign-in (no account enumeration). */
export const SIGN_IN_FAILED =
  "Sign-in failed. Check your email and password. After 5 failed attempts an account is locked for a while; your practice admin can reset it.";

export const signInError = (page: Page) => page.getByRole("form", { name: "Sign in" }).getByRole("alert");

/** Opens the sign-in page, fills in the form and submits it; where it leads is up to the caller. */
export async function submitSignIn(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.goto("/login");
  await fillSignIn(page, user);
}

/** Fills in and submits the sign-in form of the page as it is (keeping its callbackUrl). */
export async function fillSignIn(page: Page, user: { email: string; password: string }): Promise<void> {
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Email").fill(user.email);
  await form.getByLabel("Password").fill(user.password);
  await form.getByRole("button", { name: "Sign in" }).click();
}

export async function signIn(page: Page, user: { email: string; password: string }): Promise<void> {
  await submitSignIn(page, user);
  await expect(page.getByRole("heading", { name: /^Welcome, / })).toBeVisible();
}

type RoleFixtures = {
  therapist: TestUser;
  supervisor: TestUser;
  admin: TestUser;
  /** A page in a browser of its own (separate cookies and storage), signed out. */
  separatePage: () => Promise<Page>;
  /** A page in a browser of its own, signed in as the given user. */
  signedInPage: (user: TestUser) => Promise<Page>;
};

/** Each test gets its own users, so tests never depend on one another's state. */
export const test = base.extend<RoleFixtures>({
  therapist: async ({}, use) => use(await createTestUser("therapist")),
  supervisor: async ({}, use) => use(await createTestUser("supervisor")),
  admin: async ({}, use) => use(await createTestUser("admin")),
  separatePage: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext();
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
  signedInPage: async ({ separatePage }, use) => {
    await use(async (user) => {
      const page = await separatePage();
      await signIn(page, user);
      return page;
    });
  },
});

export { expect };
