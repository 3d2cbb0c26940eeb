import { createClient } from "@/db/clients";
import { actorOf, createTestUser, expect, findAuditEvent, signIn, test } from "./fixtures";

test("a therapist records a disclosure on the client's page; another therapist cannot reach it; the admin's accounting lists it", async ({ page, therapist, admin, signedInPage }) => {
  // Several users signing in (each a slow password hash) on a shared machine.
  test.slow();
  const client = await createClient(await actorOf(therapist), { name: `Casey Disclosed ${therapist.id.slice(0, 6)}`, dateOfBirth: "1982-04-04", externalId: null });
  const today = new Date().toISOString().slice(0, 10);
  const yesterday = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

  await signIn(page, therapist);
  await page.goto(`/clients/${client.id}`);
  const section = page.getByRole("region", { name: "Disclosures" });
  const form = page.getByRole("form", { name: "Record a disclosure" });

  await test.step("When I submit the form empty, each field says what it needs", async () => {
    await expect(section.getByText("No disclosures recorded.")).toBeVisible();
    await form.getByRole("button", { name: "Record disclosure" }).click();
    await expect(form.getByText("Enter who received the information.")).toBeVisible();
    await expect(form.getByText("Describe what was disclosed.")).toBeVisible();
  });

  await test.step("When I record the date, recipient, what and why", async () => {
    await form.getByLabel("Date disclosed").fill(yesterday);
    await form.getByLabel("Recipient").fill("County Mobile Crisis Team");
    await form.getByLabel("What was disclosed").fill("Crisis note and safety plan");
    await form.getByLabel("Purpose").fill("Continuity of care after hand-off");
    await form.getByRole("button", { name: "Record disclosure" }).click();
    await expect(form.getByText("Disclosure recorded.")).toBeVisible();
  });

  await test.step("Then the client's page lists it with who recorded it, and it is audited on the client", async () => {
    const row = section.getByRole("row", { name: /County Mobile Crisis Team/ });
    await expect(row).toContainText(yesterday);
    await expect(row).toContainText("Continuity of care after hand-off");
    await expect(row).toContainText(therapist.name);
    await page.reload();
    await expect(section.getByRole("row", { name: /County Mobile Crisis Team/ })).toBeVisible();
    expect(await findAuditEvent((r) => r.action === "disclosure.recorded" && r.entityId === client.id && r.actorName === therapist.name)).toBeDefined();
  });

  await test.step("And another therapist cannot open the client's page, disclosures included", async () => {
    const otherPage = await signedInPage(await createTestUser("therapist"));
    const response = await otherPage.goto(`/clients/${client.id}`);
    expect(response?.status()).toBe(404);
    await expect(otherPage.getByText("County Mobile Crisis Team")).toHaveCount(0);
  });

  await test.step("And the admin's six-year accounting for the client lists it", async () => {
    const adminPage = await signedInPage(admin);
    await adminPage.goto(`/admin/audit?client=${client.id}`);
    await expect(adminPage.getByRole("region", { name: "Audit events" }).getByRole("row", { name: /Disclosure recorded/ })).toContainText(client.name);
    await adminPage.getByRole("link", { name: "Accounting of disclosures for this client (six years)" }).click();
    await expect(adminPage.getByRole("heading", { name: "Accounting of disclosures" })).toBeVisible();
    // Six years up to today in the practice's zone, which may be a day behind the test's UTC date.
    const period = adminPage.getByText(/^Disclosures from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} \(six years/);
    await expect(period).toBeVisible();
    const [, since = "", until = ""] = /from (\S+) to (\S+) /.exec((await period.textContent()) ?? "") ?? [];
    expect([today, new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10)]).toContain(until);
    // Six calendar years back; from a 29 February that is the 28th (there is no 29th six years earlier).
    expect(since).toBe(`${Number(until.slice(0, 4)) - 6}${until.slice(4) === "-02-29" ? "-02-28" : until.slice(4)}`);
    await expect(adminPage.getByRole("row", { name: /County Mobile Crisis Team/ })).toContainText(therapist.name);
  });
});
