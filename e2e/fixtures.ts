import { randomUUID } from "node:crypto";
import { type BrowserContext, type Page, test as base, expect } from "@playwright/test";
import { type AuditLogRow, listAuditEvents } from "@/db/audit-log";
import { type Db, connect } from "@/db/client";
import type { ActorContext } from "@/db/context";
import { type PracticeSettings, getPracticeSettings } from "@/db/practice";
import type { Role } from "@/lib/auth/roles";
import { findActiveActor } from "@/db/sign-in";
import { changeOwnPassword, createUser, findUserIdByEmail, listUsers } from "@/db/users";
import { FIRST_ADMIN } from "./practice";

export type TestUser = { id: string; email: string; name: string; password: string; role: Role };

let db: Db | undefined;
/** The database the server under test uses: its SQLite file (WAL lets both open it), or its PostgreSQL database. */
function testDb(): Db {
  db ??= connect();
  return db;
}

/** A user as the data layer's acting user, built as the app builds it for a request. */
export async function actorOf(user: { id: string }): Promise<ActorContext> {
  const database = testDb();
  const actor = await findActiveActor({ db: database }, user.id);
  if (!actor) throw new Error(`user ${user.id} is not active`);
  return { db: database, actor, ip: "e2e" };
}

/** The first admin (made by first-run.setup.ts) as a data-layer actor. */
export async function firstAdminContext(): Promise<ActorContext> {
  const adminId = await findUserIdByEmail({ db: testDb() }, FIRST_ADMIN.email);
  if (!adminId) throw new Error("first-run setup has not created the first admin");
  return actorOf({ id: adminId });
}

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
  await changeOwnPassword(await actorOf({ id: userId }), { currentPassword: temporaryPassword, newPassword: password, confirmPassword: password });
  return { id: userId, email, name, password, role };
}

export async function userByEmail(email: string) {
  return (await listUsers(await firstAdminContext())).find((user) => user.email === email);
}

export async function usersNamed(name: string) {
  return (await listUsers(await firstAdminContext())).filter((user) => user.name === name);
}

/** An address no other test uses. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@e2e.test`;
}

export async function practiceSettings(): Promise<PracticeSettings | null> {
  return getPracticeSettings({ db: testDb() });
}

/** The newest audit event that matches, searching back through the whole log. */
export async function findAuditEvent(matches: (row: AuditLogRow) => boolean): Promise<AuditLogRow | undefined> {
  const admin = await firstAdminContext();
  for (let before: number | undefined; ; ) {
    const { rows, hasOlder } = await listAuditEvents(admin, { before });
    const found = rows.find(matches);
    if (found || !hasOlder) return found;
    before = rows.at(-1)?.seq;
  }
}

/** The newest audit row's sequence number: mark it before a step, then read what the step wrote. */
export async function latestAuditSeq(): Promise<number> {
  const { rows } = await listAuditEvents(await firstAdminContext());
  return rows[0]?.seq ?? 0;
}

/** Every audit row after `seq` that matches, oldest first. */
export async function auditEventsSince(seq: number, matches: (row: AuditLogRow) => boolean = () => true): Promise<AuditLogRow[]> {
  const admin = await firstAdminContext();
  const found: AuditLogRow[] = [];
  for (let after = seq; ; ) {
    const { rows, hasNewer } = await listAuditEvents(admin, { after });
    // A page after a position comes newest first; read it oldest first.
    found.push(...[...rows].reverse().filter(matches));
    if (!hasNewer || rows.length === 0) return found;
    after = rows[0]?.seq ?? after;
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

/** An admin's "Reset password" on the user's page (confirmed): returns the temporary password it shows once. */
export async function resetPasswordAsAdmin(adminPage: Page, userId: string): Promise<string> {
  await adminPage.goto(`/admin/users/${userId}`);
  adminPage.once("dialog", (dialog) => void dialog.accept());
  await adminPage.getByRole("button", { name: "Reset password" }).click();
  const shown = adminPage.getByLabel("Temporary password");
  await expect(shown).toBeVisible();
  return (await shown.innerText()).trim();
}

/**
 * Collects Content-Security-Policy violations in a browser context: the page reports each
 * `securitypolicyviolation` event to the console, where Chromium also logs its own "Refused to …"
 * messages.
 */
async function watchForCspViolations(context: BrowserContext, violations: string[]): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"} on ${location.pathname}`);
    });
  });
  context.on("console", (message) => {
    const text = message.text();
    if (message.type() === "error" && /CSP violation|Content Security Policy/i.test(text)) violations.push(`${message.location().url}: ${text}`);
  });
}

type RoleFixtures = {
  therapist: TestUser;
  supervisor: TestUser;
  admin: TestUser;
  /** A page in a browser of its own (separate cookies and storage), signed out. */
  separatePage: () => Promise<Page>;
  /** A page in a browser of its own, signed in as the given user. */
  signedInPage: (user: TestUser) => Promise<Page>;
  /** Every CSP violation in this test's browsers; the test fails if there is any. */
  cspViolations: string[];
};

/** Each test gets its own users, so tests never depend on one another's state. */
export const test = base.extend<RoleFixtures>({
  therapist: async ({}, use) => use(await createTestUser("therapist")),
  supervisor: async ({}, use) => use(await createTestUser("supervisor")),
  admin: async ({}, use) => use(await createTestUser("admin")),
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await watchForCspViolations(context, violations);
      await use(violations);
      expect(violations, "Content-Security-Policy violations on the pages this test visited").toEqual([]);
    },
    { auto: true },
  ],
  separatePage: async ({ browser, cspViolations }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext();
      await watchForCspViolations(context, cspViolations);
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
