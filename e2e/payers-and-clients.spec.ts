import type { Page } from "@playwright/test";
import { updateClient } from "@/db/clients";
import { listPayerOptions } from "@/db/payers";
import { completeNote } from "@/lib/notes/test-support";
import { clientWithDraft, yesterdayAt } from "./clinician-data";
import { actorOf, expect, findAuditEvent, signIn, test } from "./fixtures";
import { completeLowRiskNote, noteForm, signNote } from "./note-form";
import { serviceDay, setupNote } from "./note-setup";
import { billingLines } from "./session-page";
import { DateTime } from "luxon";

const followUp = () => DateTime.fromISO(serviceDay()).plus({ days: 7 }).toISODate() ?? "";

async function addSegment(page: Page, start: string, end: string): Promise<void> {
  await page.getByLabel("New segment start").fill(start);
  await page.getByLabel("New segment end").fill(end);
  await page.getByRole("button", { name: "Add segment" }).click();
}

test("an admin adds a payer and puts a client on it; the change is in the audit log", async ({ therapist, admin, signedInPage }) => {
  const { clientId } = await clientWithDraft(therapist, { clientName: "Ines Payer" });
  const page = await signedInPage(admin);
  const payerName = `Harbor Advantage ${clientId.slice(0, 6)}`;

  await test.step("When I add a Medicare Advantage payer, the Medicare rule set fills in its defaults", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Payers" }).click();
    await expect(page.getByRole("table", { name: "Payers of the practice" })).toContainText("Commercial (CPT rules)");
    await page.getByRole("link", { name: "Add payer" }).click();
    const form = page.getByRole("form", { name: "New payer" });
    await form.getByLabel("Payer name").fill(payerName);
    await form.getByLabel("Rule set").selectOption("medicare");
    await expect(form.getByLabel("Video modifier")).toHaveValue("");
    await expect(form.getByLabel("Non-office sites billed G0017/G0018")).toHaveValue("03,04,12,13,14,15,16,27");
    await form.getByLabel("Payer id for claims").fill("HA-7731");
    await form.getByRole("button", { name: "Add payer" }).click();
    await expect(page.getByRole("table", { name: "Payers of the practice" }).getByRole("link", { name: payerName })).toBeVisible();
  });

  await test.step("And put the client on it with a member id", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients" }).click();
    await page.getByRole("table", { name: "Clients of the practice and their insurance" }).getByRole("link", { name: "Ines Payer" }).click();
    const form = page.getByRole("form", { name: "Client record" });
    await form.getByLabel("Payer").selectOption({ label: payerName });
    await form.getByLabel("Member id").fill("x".repeat(41));
    await form.getByRole("button", { name: "Save client" }).click();
    await expect(form.getByText("The member id is at most 40 characters.")).toBeVisible();
    await form.getByLabel("Member id").fill("1EG4-TE5-MK72");
    await form.getByRole("button", { name: "Save client" }).click();
    await expect(page.getByRole("table", { name: "Clients of the practice and their insurance" }).getByRole("row", { name: /Ines Payer/ })).toContainText(payerName);
  });

  await test.step("Then the audit log names the fields that changed, never their values", async () => {
    const changed = await findAuditEvent((row) => row.action === "client.changed" && row.entityId === clientId);
    expect(changed).toMatchObject({ actorName: admin.name, outcome: "success" });
    expect(JSON.parse(changed?.detail ?? "{}")).toEqual({ fields: "payerId,memberId" });
    // The admin's report, filtered to this client and action, shows it by name with the fields in words.
    await page.goto(`/admin/audit?client=${clientId}&action=client.changed`);
    const row = page.getByRole("region", { name: "Audit events" }).getByRole("row").filter({ hasText: "Client record changed" });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Ines Payer");
    await expect(row).toContainText(/Fields changed\s*payerId,memberId/);
  });
});

test("a therapist documents a Medicare home visit: G0017 + G0018 live, and on the signed note", async ({ page, therapist }) => {
  const { clientId } = await clientWithDraft(therapist, { clientName: "Walter Home" });
  const ctx = await actorOf(therapist);
  const medicare = (await listPayerOptions(ctx)).find((payer) => payer.name === "Medicare")?.id;
  await updateClient(ctx, { clientId, name: "Walter Home", dateOfBirth: "1980-01-01", externalId: null, pronouns: null, phone: "555-0142", address: null, emergencyContactName: "June Home", emergencyContactRelation: "daughter", emergencyContactPhone: "555-0143", payerId: medicare ?? null, memberId: "1AB2-CD3-EF45", groupNumber: null });
  await signIn(page, therapist);

  await test.step("When I start an in-person session at the client's home and type 80 minutes", async () => {
    await page.goto(`/clients/${clientId}`);
    await page.getByRole("link", { name: "Start crisis session" }).click();
    await page.getByRole("radio", { name: "In person" }).check();
    await page.getByLabel("Setting").selectOption("12");
    await page.getByRole("radio", { name: "Walk-in" }).check();
    await page.getByRole("button", { name: "Document afterwards" }).click();
    await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
    await expect(page.getByText("June Home (daughter)")).toBeVisible();
    await addSegment(page, yesterdayAt("18:00"), yesterdayAt("19:20"));
  });

  await test.step("Then the live lines are Medicare's G-codes", async () => {
    await expect(page.getByText("Billed under Medicare's rules.")).toBeVisible();
    await expect(billingLines(page)).toHaveText([/^G0017 ×1/, /^\+G0018 ×1|^G0018 ×1/]);
  });

  await test.step("And when I complete and sign the note, it bills G0017 + G0018 under Medicare", async () => {
    await completeLowRiskNote(page, followUp());
    await noteForm(page).getByLabel("I attest that these times are the actual face-to-face times").check();
    await signNote(page);
    const main = page.getByRole("main");
    await expect(main.getByText("Locked.", { exact: true })).toBeVisible();
    await expect(main.getByText("G0017 ×1", { exact: true })).toBeVisible();
    await expect(main.getByText(/Billed under: Medicare/)).toBeVisible();
    await expect(main.getByText(/Diagnoses: F43\.0/)).toBeVisible();
  });
});

test("a note without a diagnosis cannot be signed, and the list of what is missing says so", async ({ page, therapist }) => {
  const { sessionId } = await setupNote(therapist, { segments: [["09:00", "09:40"]], note: completeNote({ diagnoses: [] }), attested: true });
  await signIn(page, therapist);
  await page.goto(`/sessions/${sessionId}`);
  await noteForm(page).getByRole("button", { name: "Sign note" }).click();
  await expect(noteForm(page).getByRole("button", { name: "Add at least one diagnosis (ICD-10-CM), the primary one first." })).toBeVisible();
  await expect(page.getByRole("main").getByText("Locked.", { exact: true })).toHaveCount(0);
});
