import { devices } from "@playwright/test";
import { createTestUser, expect, fillSignIn, resetPasswordAsAdmin, signIn, test } from "./fixtures";
import { setupNote } from "./note-setup";

test.describe("on a tablet in portrait", () => {
  test.use({ viewport: devices["iPad (gen 7)"].viewport, hasTouch: true });

  test("the main navigation marks the current page and its links are at least 24 px tall", async ({ page, therapist }) => {
    await signIn(page, therapist);
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Sessions" }).click();
    await expect(page).toHaveURL(/\/sessions$/);
    await expect(nav.getByRole("link", { name: "Sessions" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Dashboard" })).not.toHaveAttribute("aria-current");
    for (const link of await nav.getByRole("link").all()) {
      const box = await link.boundingBox();
      expect(box?.height ?? 0, await link.innerText()).toBeGreaterThanOrEqual(24);
    }
  });
});

test("after a forced password change I am taken on to the page I was going to", async ({ page, therapist, signedInPage }) => {
  const { sessionId } = await setupNote(therapist, { segments: [["09:00", "09:50"]] });
  const temporaryPassword = await test.step("Given the admin reset my password", async () => {
    return resetPasswordAsAdmin(await signedInPage(await createTestUser("admin")), therapist.id);
  });

  await test.step("When I follow a link to my note and sign in with the temporary password, I must change it first", async () => {
    await page.goto(`/sessions/${sessionId}`);
    await expect(page).toHaveURL((url) => url.pathname === "/login");
    await fillSignIn(page, { email: therapist.email, password: temporaryPassword });
    await expect(page).toHaveURL((url) => url.pathname === "/account/password");
  });

  await test.step("Then, once I have chosen my password, the note opens", async () => {
    const form = page.getByRole("form", { name: "Change password" });
    await form.getByLabel("Current password").fill(temporaryPassword);
    await form.getByLabel("New password (required)", { exact: true }).fill("my-own-new-password-1");
    await form.getByLabel("Repeat new password").fill("my-own-new-password-1");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/sessions/${sessionId}`);
    await expect(page.getByRole("heading", { level: 1, name: /^Crisis session · / })).toBeVisible();
  });
});

test("a deactivated user's page no longer shows the temporary password made before", async ({ page, admin, therapist }) => {
  await signIn(page, admin);
  await page.goto(`/admin/users/${therapist.id}`);
  await test.step("When I reset their password, it is shown once", async () => {
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Reset password" }).click();
    await expect(page.getByLabel("Temporary password")).toBeVisible();
  });
  await test.step("When I then deactivate them, the temporary password is gone from the page", async () => {
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Deactivate user" }).click();
    await expect(page.getByText("Status: deactivated")).toBeVisible();
    await expect(page.getByLabel("Temporary password")).toHaveCount(0);
  });
});

test("the code search forgives a typo, and talk-therapy pages carry no “None” sections", async ({ page, therapist }) => {
  await signIn(page, therapist);
  await page.goto("/codes");
  await test.step("When I type “crissis”, the crisis codes lead the list", async () => {
    await page.getByLabel("Search codes").fill("crissis");
    const results = page.getByRole("list", { name: "Matching codes" }).getByRole("listitem");
    await expect(results.nth(0).getByRole("link")).toHaveAccessibleName(/^90839 /);
    await expect(results.nth(1).getByRole("link")).toHaveAccessibleName(/^90840 /);
  });
  await test.step("And 90834 has no anaesthesia section", async () => {
    await page.goto("/codes/90834");
    await expect(page.getByRole("heading", { level: 2, name: "Purpose", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Anesthesia or sedation" })).toHaveCount(0);
  });
});

test("the billing calculator is one link away from the session page", async ({ page, therapist }) => {
  const { sessionId } = await setupNote(therapist, { segments: [["09:00", "09:50"]] });
  await signIn(page, therapist);
  await page.goto(`/sessions/${sessionId}`);
  const link = page.getByRole("complementary", { name: "Guidance: 90839 and 90840" }).getByRole("link", { name: /^Billing calculator/ });
  await expect(link).toHaveAttribute("href", "/codes/90839#calculator");
  const [calculator] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
  await expect(calculator.getByRole("heading", { level: 2, name: "Billing calculator" })).toBeVisible();
});

test.describe("on a device in Chicago", () => {
  test.use({ timezoneId: "America/Chicago" });

  test("practice settings list the common US time zones first by name, and say where this device is", async ({ page, admin }) => {
    await signIn(page, admin);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Practice settings" }).click();
    const zone = page.getByRole("form", { name: "Practice settings" }).getByLabel("Time zone");
    await expect(zone).toHaveValue("America/New_York");
    await expect(zone).toHaveAccessibleDescription(/This device is set to Central Time \(Chicago\)\./);
    const labels = await zone.getByRole("option").allTextContents();
    expect(labels.slice(0, 3)).toEqual(["Eastern Time (New York)", "Central Time (Chicago)", "Mountain Time (Denver)"]);
    expect(labels.filter((label) => label === "Eastern Time (New York)")).toHaveLength(1);
    expect(labels).toContain("Europe / Paris");
  });
});
