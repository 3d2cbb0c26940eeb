import type { Page } from "@playwright/test";
import { DateTime } from "luxon";
import { GUIDANCE_VERSION } from "@/lib/guidance";
import { auditEventsSince, expect, findAuditEvent, latestAuditSeq, signIn, test } from "./fixtures";
import { answer, completeLowRiskNote, expectSaved, noteForm, signNote } from "./note-form";
import { serviceDay, setupNote, storedNote } from "./note-setup";

const signedView = (page: Page) => page.getByRole("main");
const followUp = () => DateTime.fromISO(serviceDay()).plus({ days: 7 }).toISODate() ?? "";

test("a 78-minute session typed as two segments is documented, signed as 90839 + 90840 ×1, and locked with its guidance", async ({ page, therapist }) => {
  // A long journey, and signing now has a confirmation step: room for it on a busy machine.
  test.setTimeout(60_000);
  const { sessionId } = await setupNote(therapist);
  const day = serviceDay();
  await signIn(page, therapist);
  await page.goto(`/sessions/${sessionId}`);

  await test.step("When I type the two segments I documented afterwards", async () => {
    for (const [start, end] of [["09:00", "09:50"], ["10:10", "10:38"]]) {
      await page.getByLabel("New segment start").fill(`${day}T${start}`);
      await page.getByLabel("New segment end").fill(`${day}T${end}`);
      await page.getByRole("button", { name: "Add segment" }).click();
      await expect(page.getByRole("list", { name: "Segments" }).getByRole("listitem")).toHaveCount(start === "09:00" ? 1 : 2);
    }
    await expect(noteForm(page).getByText("Total: 78 minutes")).toBeVisible();
  });

  await test.step("And I complete every section of the note; it autosaves and the checklist ticks", async () => {
    await completeLowRiskNote(page, followUp());
    await noteForm(page).getByLabel("I attest that these times are the actual face-to-face times").check();
    await expectSaved(page);
    await expect(page.getByRole("complementary", { name: "Guidance: 90839 and 90840" }).getByText("16 of 16 complete")).toBeVisible();
  });

  await test.step("Then signing shows the day's lines, the locked note and the guidance it was signed beside", async () => {
    let beforeSigning = 0;
    await signNote(page, async (summary) => {
      await expect(summary.getByText(day, { exact: true })).toBeVisible();
      await expect(summary.getByText("This note: 78 minutes")).toBeVisible();
      await expect(summary.getByRole("list", { name: "Billing lines to sign" }).getByRole("listitem")).toHaveText(["90839 ×1 · POS 11", "90840 ×1 · POS 11"]);
      await expect(summary.getByText("F43.0")).toBeVisible();
      await expect(summary.getByText(/^Signed and final: the note is locked/)).toBeVisible();
      await expect(summary.getByRole("button", { name: "Go back to the note" })).toBeFocused();
      beforeSigning = await latestAuditSeq();
    });
    const main = signedView(page);
    await expect(main.getByText("Locked.", { exact: true })).toBeVisible();
    // One row for the signature: showing the signed note afterwards is not another view of it.
    expect((await auditEventsSince(beforeSigning, (row) => row.entityId === sessionId)).map((row) => row.action)).toEqual(["note.signed"]);
    await expect(main.getByText("90839 ×1", { exact: true })).toBeVisible();
    await expect(main.getByText("90840 ×1", { exact: true })).toBeVisible();
    await expect(main.getByText("Day total: 78 minutes")).toBeVisible();
    await expect(main.getByText("Signed and final").first()).toBeVisible();
    await expect(main.getByText(`Signed beside guidance version ${GUIDANCE_VERSION}`, { exact: false })).toBeVisible();
    await expect(page.getByRole("form", { name: "Crisis note" })).toHaveCount(0);
    expect(await storedNote(therapist, sessionId)).toMatchObject({ status: "final", lines: ["90839 ×1", "90840 ×1"] });
  });
});

test("a second note for the same client and date bills the day once: 40 + 40 minutes is 90839 + 90840 ×1", async ({ page, therapist }) => {
  const first = await setupNote(therapist, { segments: [["09:00", "09:40"]], attested: true, sign: true });
  expect((await storedNote(therapist, first.sessionId)).lines).toEqual(["90839 ×1"]);
  const second = await setupNote(therapist, { clientId: first.clientId, segments: [["13:00", "13:40"]], attested: true });
  await signIn(page, therapist);
  await page.goto(`/sessions/${second.sessionId}`);

  await test.step("When I sign the second note", async () => {
    await signNote(page, async (summary) => {
      // The summary bills the whole day, this note with the one signed earlier.
      await expect(summary.getByRole("list", { name: "Billing lines to sign" }).getByRole("listitem")).toHaveText(["90839 ×1 · POS 11", "90840 ×1 · POS 11"]);
      await expect(summary.getByText("Day total: 80 minutes")).toBeVisible();
    });
  });

  await test.step("Then the day is billed once over 80 minutes, on both notes", async () => {
    const main = signedView(page);
    await expect(main.getByText("Day total: 80 minutes")).toBeVisible();
    await expect(main.getByText("90839 ×1", { exact: true })).toBeVisible();
    await expect(main.getByText("90840 ×1", { exact: true })).toBeVisible();
    await expect(main.getByText(/90839 ×2/)).toHaveCount(0);
    expect((await storedNote(therapist, first.sessionId)).lines).toEqual(["90839 ×1", "90840 ×1"]);
  });
});

test("high-risk C-SSRS answers block signing until the safety plan is written", async ({ page, therapist }) => {
  // A long journey, and signing now has a confirmation step: room for it on a busy machine.
  test.setTimeout(60_000);
  const { sessionId } = await setupNote(therapist, { segments: [["09:00", "09:45"]], attested: true });
  await signIn(page, therapist);
  await page.goto(`/sessions/${sessionId}`);

  await test.step("When the client answers yes to suicidal thoughts with intent", async () => {
    await answer(page, /^2\. /, "Yes");
    await answer(page, /^3\. /, "No");
    await answer(page, /^4\. /, "Yes");
    await answer(page, /^5\. /, "No");
    await expect(noteForm(page).getByRole("alert")).toContainText("High-risk screen: suicidal thoughts with intent (item 4)");
    await noteForm(page).getByRole("button", { name: "Set risk level to High" }).click();
    await expect(noteForm(page).getByText("Required for this note")).toBeVisible();
  });

  await test.step("Then signing is refused and the missing list names each safety-plan step", async () => {
    await noteForm(page).getByRole("button", { name: "Sign note" }).click();
    await expect(noteForm(page).getByRole("alert").filter({ hasText: "not ready to sign" })).toBeVisible();
    // The refusal lands on the list of what is missing, not on the page's top.
    await expect(noteForm(page).getByRole("group", { name: "What is missing before signing" })).toBeFocused();
    const item = noteForm(page).getByRole("button", { name: "Safety plan: add at least one item to “Warning signs”." });
    await item.click();
    await expect(noteForm(page).getByRole("group", { name: "Step 1: Warning signs" })).toBeFocused();
    expect((await storedNote(therapist, sessionId)).status).toBe("draft");
  });

  await test.step("When I write the plan with the client, using suggestions and my own items", async () => {
    const form = noteForm(page);
    await form.getByRole("button", { name: "Add suggestion: Feeling trapped or numb" }).click();
    await form.getByRole("button", { name: "Add suggestion: Walk around the block" }).click();
    await form.getByRole("button", { name: "Add item to People and places for distraction" }).click();
    await form.getByLabel("People and places for distraction, item 1", { exact: true }).fill("Cousin Dana");
    await form.getByLabel("People and places for distraction, item 1, phone").fill("555-0101");
    await form.getByRole("button", { name: "Add suggestion: [Family member]" }).click();
    await expect(form.getByText("Replace the [bracketed] text with the client's own details.")).toBeVisible();
    await form.getByLabel("People to ask for help, item 1", { exact: true }).fill("Sister Maria");
    await form.getByRole("button", { name: /^Add suggestion: 988 Suicide/ }).click();
    await form.getByRole("button", { name: "Add suggestion: Avoid alcohol and drugs while I feel this way" }).click();
    await form.getByRole("button", { name: "Add suggestion: My children" }).click();
    await expect(form.getByText("Everything needed for signing is filled in.")).toBeVisible();
  });

  await test.step("Then the note signs, with the plan in it, and prints with the plan on its own page", async () => {
    await signNote(page);
    await expect(signedView(page).getByText("Locked.", { exact: true })).toBeVisible();
    await expect(signedView(page).getByText("Sister Maria")).toBeVisible();
    await page.getByRole("link", { name: "Print view" }).click();
    await expect(page.getByRole("heading", { name: "My safety plan" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
    expect(await findAuditEvent((row) => row.action === "note.printed" && row.entityId === sessionId)).toBeDefined();
  });
});
