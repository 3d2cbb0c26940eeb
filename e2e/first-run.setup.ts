import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";
import { FIRST_ADMIN, PRACTICE } from "./practice";

// The admin's device is in Chicago: the practice's zone starts there, not at the server's UTC.
test.use({ timezoneId: "America/Chicago" });

test("a new installation leads every visitor to setup, and setup is then gone for good", async ({ page }) => {
  // The setup page exists only here, so its axe check runs here too: allow for it on a busy machine.
  test.setTimeout(90_000);
  await test.step("Given an empty database, any page leads to /setup", async () => {
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/setup$/);
    await expect(page.getByRole("heading", { name: "Set up your practice" })).toBeVisible();
    await expectNoSeriousViolations(page, "setup");
  });

  await test.step("And the time zone starts at this device's zone, the common US zones listed first by name", async () => {
    const zone = page.getByRole("form", { name: "Practice setup" }).getByLabel("Practice time zone");
    await expect(zone).toHaveValue("America/Chicago");
    await expect(zone.getByRole("option", { name: "Central Time (Chicago)" })).toHaveCount(1);
    const labels = await zone.getByRole("option").allTextContents();
    expect(labels.slice(0, 2)).toEqual(["Eastern Time (New York)", "Central Time (Chicago)"]);
    expect(labels).toContain("Europe / Paris");
  });

  const form = page.getByRole("form", { name: "Practice setup" });

  await test.step("When I submit it empty or malformed, each field says what is wrong", async () => {
    await form.getByLabel("Email").fill("not-an-email");
    await form.getByLabel("Password", { exact: false }).first().fill("short");
    await form.getByRole("button", { name: "Create practice" }).click();
    await expect(form.getByText("Enter the practice name.")).toBeVisible();
    await expect(form.getByText("Enter a name.")).toBeVisible();
    await expect(form.getByText("Enter a valid email address, like name@practice.org.")).toBeVisible();
    await expect(form.getByText("Use at least 12 characters.")).toBeVisible();
    await expect(page).toHaveURL(/\/setup$/);
  });

  await test.step("When I fill it in, the practice and its first admin exist and I am signed in", async () => {
    await form.getByLabel("Practice name").fill(PRACTICE.name);
    await form.getByLabel("Practice time zone").selectOption(PRACTICE.timeZone);
    await form.getByLabel("Your name").fill(FIRST_ADMIN.name);
    await form.getByLabel("Email").fill(FIRST_ADMIN.email);
    await form.getByLabel("Password (required)", { exact: true }).fill(FIRST_ADMIN.password);
    await form.getByLabel("Repeat password").fill(FIRST_ADMIN.password);
    await form.getByRole("button", { name: "Create practice" }).click();
    await expect(page.getByRole("heading", { name: `Welcome, ${FIRST_ADMIN.name}` })).toBeVisible();
    await expect(page.getByText(PRACTICE.name)).toBeVisible();
  });

  await test.step("Then /setup no longer exists", async () => {
    const response = await page.goto("/setup");
    expect(response?.status()).toBe(404);
  });
});
