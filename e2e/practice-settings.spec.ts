import { expect, practiceSettings, signIn, test } from "./fixtures";

// Runs in the "practice-wide" project, after the journeys: the idle time-out it changes applies
// to every signed-in page, so changing it alongside other tests would change what they see.

test("an admin changes the idle time-out; out-of-range values get the schema's error", async ({ page, admin }) => {
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Practice settings" }).click();
  const form = page.getByRole("form", { name: "Practice settings" });
  const idleTimeout = form.getByLabel("Idle time-out (minutes)");

  await test.step("When I enter 1 minute, the field says the least allowed", async () => {
    await idleTimeout.fill("1");
    await form.getByRole("button", { name: "Save settings" }).click();
    await expect(idleTimeout).toHaveAccessibleDescription(/At least 2 minutes\./);
    expect((await practiceSettings())?.idleTimeoutMinutes).toBe(15);
  });

  await test.step("When I enter 20 minutes and save, the settings are saved", async () => {
    await idleTimeout.fill("20");
    await form.getByRole("button", { name: "Save settings" }).click();
    await expect(form.getByText("Settings saved.")).toBeVisible();
    expect((await practiceSettings())?.idleTimeoutMinutes).toBe(20);
  });

  await test.step("And the page shows 20 after a reload", async () => {
    await page.reload();
    await expect(page.getByLabel("Idle time-out (minutes)")).toHaveValue("20");
  });

  await test.step("Finally I put the default of 15 back", async () => {
    await page.getByLabel("Idle time-out (minutes)").fill("15");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    expect((await practiceSettings())?.idleTimeoutMinutes).toBe(15);
  });
});
