import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, findAuditEvent, resetPasswordAsAdmin, signIn, submitSignIn, test } from "./fixtures";

const report = (page: Page) => page.getByRole("region", { name: "Audit events" });
const bodyRows = (page: Page) => report(page).getByRole("row").filter({ hasNot: page.getByRole("columnheader") });

test("an admin filters the report by user and action, reads names instead of ids, and downloads that report as CSV", async ({ page, admin, therapist, signedInPage }) => {
  // Several users signing in (each a slow password hash) on a shared machine.
  test.slow();
  await test.step("Given the therapist has signed in", async () => {
    await signedInPage(therapist);
  });

  await signIn(page, admin);
  await page.goto("/admin/audit");

  await test.step("Then the verify button is still there, and the table scrolls from the keyboard", async () => {
    await expect(page.getByRole("button", { name: "Verify new entries" })).toBeVisible();
    await report(page).focus();
    await expect(report(page)).toBeFocused();
  });

  await test.step("When I choose the therapist and the action “Signed in”", async () => {
    const filters = page.getByRole("form", { name: "Audit report filters" });
    await filters.getByLabel("User (acting or acted on)").selectOption({ label: `${therapist.name} (${therapist.email})` });
    await filters.getByLabel("Action").selectOption({ label: "Signed in" });
    await filters.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("user") === therapist.id && url.searchParams.get("action") === "auth.sign_in");
  });

  await test.step("Then only the therapist's sign-ins are listed, by name and in words; the URL holds ids only", async () => {
    await expect(bodyRows(page)).not.toHaveCount(0);
    for (const row of await bodyRows(page).all()) {
      await expect(row).toContainText("Signed in");
      await expect(row).toContainText(therapist.name);
      await expect(row).not.toContainText(therapist.id);
    }
    expect(page.url()).not.toContain(encodeURIComponent(therapist.name));
  });

  await test.step("When I sort by action, the column says so", async () => {
    await report(page).getByRole("link", { name: /^Action/ }).click();
    await expect(report(page).getByRole("columnheader", { name: /^Action/ })).toHaveAttribute("aria-sort", "ascending");
  });

  const shown = await bodyRows(page).count();
  await test.step("When I download the CSV, it holds the same rows, readable, and the export is audited", async () => {
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const file = await (await downloading).path();
    const lines = fs.readFileSync(file, "utf8").trim().split("\r\n");
    expect(lines[0]).toBe("Entry,When (practice time),When (UTC),User,Action,Action key,About,Record type,Record id,Outcome,IP address,Detail");
    expect(lines.slice(1)).toHaveLength(shown);
    for (const line of lines.slice(1)) expect(line).toContain(`${therapist.name},Signed in,auth.sign_in,${therapist.name},User,${therapist.id},Success`);
    const exported = await findAuditEvent((row) => row.action === "audit.exported" && row.actorName === admin.name);
    expect(JSON.parse(exported?.detail ?? "{}")).toMatchObject({ userId: therapist.id, action: "auth.sign_in", rows: shown, completed: true });
  });
});

test("after an admin resets a clinician's password, the clinician is told who did it, and the report shows the reset before the sign-in that followed", async ({ page, admin, therapist, signedInPage }) => {
  // Several users signing in (each a slow password hash) on a shared machine.
  test.slow();
  const adminPage = await signedInPage(admin);
  const temporaryPassword = await test.step("Given the admin resets the therapist's password", async () => {
    return resetPasswordAsAdmin(adminPage, therapist.id);
  });

  await test.step("When the therapist signs in with it and chooses their own password", async () => {
    await submitSignIn(page, { email: therapist.email, password: temporaryPassword });
    await expect(page).toHaveURL((url) => url.pathname === "/account/password");
    await expect(page.getByRole("heading", { name: "An admin reset your password" })).toHaveCount(0);
    const form = page.getByRole("form", { name: "Change password" });
    await form.getByLabel("Current password").fill(temporaryPassword);
    await form.getByLabel("New password (required)", { exact: true }).fill("my-own-password-again");
    await form.getByLabel("Repeat new password").fill("my-own-password-again");
    await form.getByRole("button", { name: "Change password" }).click();
    // A forced change takes the user on to where they were going: here, the dashboard.
    await expect(page).toHaveURL((url) => url.pathname === "/");
  });

  await test.step("Then they are told plainly which admin reset it, and it stays until they say they read it", async () => {
    const notice = page.getByRole("region", { name: "An admin reset your password" });
    await expect(notice).toContainText(`${admin.name} reset your password on`);
    await page.goto("/clients");
    await expect(notice).toBeVisible();
    await page.goto("/");
    await notice.getByRole("button", { name: "I have read this" }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("heading", { name: `Welcome, ${therapist.name}` })).toBeVisible();
    await expect(notice).toHaveCount(0);
  });

  await test.step("And the admin's report, filtered to the therapist, shows the reset and then the sign-in, by name", async () => {
    await adminPage.goto(`/admin/audit?user=${therapist.id}&dir=asc`);
    // The action cell reads the label, then the stored key on a line of its own.
    const actions = (await bodyRows(adminPage).all()).map(async (row) => (await row.getByRole("cell").nth(3).innerText()).split("\n")[0]?.trim());
    const names = await Promise.all(actions);
    const reset = names.lastIndexOf("Password reset by an admin");
    expect(reset).toBeGreaterThanOrEqual(0);
    expect(names.slice(reset, reset + 3)).toEqual(["Password reset by an admin", "Signed in", "Password changed by the user"]);
    expect(names.slice(reset + 3)).toContain("Password reset notice acknowledged");
    const resetRow = bodyRows(adminPage).nth(reset);
    await expect(resetRow.getByRole("cell").nth(2)).toHaveText(admin.name);
    await expect(resetRow.getByRole("cell").nth(4)).toContainText(therapist.name);
  });
});
