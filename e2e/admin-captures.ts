import type { Page } from "@playwright/test";
import { type TestUser, expect, uniqueEmail } from "./fixtures";
import { type CapturedAction, captureServerAction, interceptServerAction } from "./server-actions";

/**
 * The admin's own forms, driven as an admin would, each returning the server action request it
 * sent. `page` must be signed in as an admin.
 */

export async function captureCreateUser(page: Page): Promise<CapturedAction> {
  await page.goto("/admin/users/new");
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Email").fill(uniqueEmail("made-by-admin"));
  await form.getByLabel("Full name").fill("Made By Admin");
  const action = await captureServerAction(page, () => form.getByRole("button", { name: "Create user" }).click());
  await expect(page.getByLabel("Temporary password")).toBeVisible();
  return action;
}

export async function captureUpdateUser(page: Page, user: TestUser): Promise<CapturedAction> {
  await page.goto(`/admin/users/${user.id}`);
  const form = page.getByRole("form", { name: "User details" });
  await form.getByLabel("Credentials").fill("LMFT");
  const action = await captureServerAction(page, () => form.getByRole("button", { name: "Save changes" }).click());
  await expect(form.getByText("Changes saved.")).toBeVisible();
  return action;
}

export async function captureDeactivate(page: Page, user: TestUser): Promise<CapturedAction> {
  await page.goto(`/admin/users/${user.id}`);
  page.once("dialog", (dialog) => void dialog.accept());
  const action = await captureServerAction(page, () => page.getByRole("button", { name: "Deactivate user" }).click());
  await expect(page.getByText("Status: deactivated")).toBeVisible();
  return action;
}

export async function captureResetPassword(page: Page, user: TestUser): Promise<CapturedAction> {
  await page.goto(`/admin/users/${user.id}`);
  page.once("dialog", (dialog) => void dialog.accept());
  const action = await captureServerAction(page, () => page.getByRole("button", { name: "Reset password" }).click());
  await expect(page.getByLabel("Temporary password")).toBeVisible();
  return action;
}

/** Practice settings are shared by every test, so this request is captured but never sent. */
export async function interceptPracticeSettings(page: Page): Promise<CapturedAction> {
  await page.goto("/admin/practice");
  const form = page.getByRole("form", { name: "Practice settings" });
  return interceptServerAction(page, () => form.getByRole("button", { name: "Save settings" }).click());
}
