import type { Browser, Cookie, Page } from "@playwright/test";
import { resetPassword } from "@/db/users";
import { expect, firstAdminContext, signIn, test } from "./fixtures";

/** What an attacker does with a stolen cookie: a fresh browser that carries only it. */
async function withCookies(browser: Browser, cookies: Cookie[]): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  return context.newPage();
}

async function expectSignedOut(page: Page): Promise<void> {
  await page.goto("/");
  await expect(page).toHaveURL((url) => url.pathname === "/login");
  const session = await page.request.get("/api/auth/session");
  expect(await session.json()).not.toHaveProperty("user");
}

test("a sign-in cookie copied before sign-out is refused afterwards, and cannot be refreshed", async ({ page, browser, therapist }) => {
  await signIn(page, therapist);
  const stolen = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/login");
  await expectSignedOut(await withCookies(browser, stolen));
});

test("changing the password ends the user's other sign-ins, not this one", async ({ page, browser, therapist }) => {
  await signIn(page, therapist);
  const other = await browser.newPage();
  await signIn(other, therapist);
  const stolen = await other.context().cookies();

  await page.goto("/account/password");
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill(therapist.password);
  await form.getByLabel(/^New password/).fill("a-new-password-for-today");
  await form.getByLabel("Repeat new password").fill("a-new-password-for-today");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toBeVisible();

  await expectSignedOut(await withCookies(browser, stolen));
  await page.goto("/");
  await expect(page.getByRole("heading", { name: /^Welcome, / })).toBeVisible();
});

test("an admin's password reset ends every sign-in of the user", async ({ page, browser, therapist }) => {
  await signIn(page, therapist);
  const stolen = await page.context().cookies();
  await resetPassword(await firstAdminContext(), therapist.id);
  await expectSignedOut(page);
  await expectSignedOut(await withCookies(browser, stolen));
});
