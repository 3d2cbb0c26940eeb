import { type Locator, type Page, expect } from "@playwright/test";

/** The crisis note form, addressed the way a clinician reads it: by section, legend and label. */
export const noteForm = (page: Page) => page.getByRole("form", { name: "Crisis note" });

export async function answer(page: Page, question: string | RegExp, option: string): Promise<void> {
  await noteForm(page).getByRole("group", { name: question }).getByLabel(option, { exact: true }).check();
}

/** Fills every section a low-risk note needs, as a clinician would after the contact. */
export async function completeLowRiskNote(page: Page, followUpDate: string): Promise<void> {
  const form = noteForm(page);
  await form.getByLabel("Precipitant", { exact: true }).fill("Partner left this morning; called in crying.");
  await form.getByLabel("Current state").fill("Tearful, agitated, calmer by the end.");
  await form.getByLabel("Why this could not wait").fill("Said she could not keep herself safe tonight.");
  await answer(page, /^1\. /, "Yes");
  await answer(page, /^2\. /, "No");
  await answer(page, /^6\. /, "No");
  await answer(page, "Thoughts of harming others (homicidal ideation)?", "No");
  await answer(page, /^Access to lethal means/, "No");
  await answer(page, "Overall risk level", "Low");
  await form.getByLabel("Rationale for the risk level").fill("Passive wish only, no intent or plan, sister staying with her.");
  // A wish to be dead is not a euthymic mood: "all normal" leaves mood for the clinician to describe.
  await form.getByRole("button", { name: "Mark all within normal limits" }).click();
  await form.getByLabel("Mood: finding").fill("“Hopeless since this morning”; tearful, brighter by the end.");
  await form.getByLabel("De-escalation and grounding").check();
  await form.getByLabel("Resources mobilised").fill("Sister called, staying tonight.");
  await form.getByLabel("Client's response").fill("Calmer, agreed to the plan.");
  await answer(page, "Disposition", "Remains outpatient with safety plan");
  await form.getByLabel("Follow-up plan").fill("Phone check tomorrow, session Friday.");
  await form.getByLabel("Follow-up date").fill(followUpDate);
  await addDiagnosis(page, "acute stress", "F43.0");
}

/** Finds a diagnosis by words and adds it: the picker lists "Add <code> <title>" buttons. */
export async function addDiagnosis(page: Page, search: string, code: string): Promise<void> {
  const form = noteForm(page);
  await form.getByLabel("Find a diagnosis by code or words").fill(search);
  await form.getByRole("list", { name: "Matching diagnoses" }).getByRole("button", { name: new RegExp(`^Add ${code.replace(".", "\\.")} `) }).click();
  await expect(form.getByRole("list", { name: "Chosen diagnoses" })).toContainText(code);
}

/** The summary shown before a signature: "Sign and lock this note?" or "Sign and send this note for review?". */
export const signSummary = (page: Page) => page.getByRole("alertdialog", { name: /^Sign and / });

/** "Sign note", then (after `check` reads the summary, if given) the summary's confirmation. */
export async function signNote(page: Page, check?: (summary: Locator) => Promise<void>): Promise<void> {
  await noteForm(page).getByRole("button", { name: "Sign note" }).click();
  const summary = signSummary(page);
  await expect(summary).toBeVisible();
  if (check) await check(summary);
  await summary.getByRole("button", { name: /^Sign and (lock|send for review)$/ }).click();
}

export async function attestAndSign(page: Page): Promise<void> {
  await noteForm(page).getByLabel("I attest that these times are the actual face-to-face times").check();
  await signNote(page);
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(noteForm(page).getByRole("status").filter({ hasText: /Saved at \d{1,2}:\d{2} [AP]M/ })).toBeVisible();
}
