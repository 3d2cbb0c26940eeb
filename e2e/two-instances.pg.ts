import { DateTime } from "luxon";
import { expect, signIn, test } from "./fixtures";
import { completeLowRiskNote, expectSaved, noteForm, signNote } from "./note-form";
import { serviceDay, setupNote, storedNote } from "./note-setup";
import { captureServerAction, replay } from "./server-actions";

// PostgreSQL mode (playwright.pg.config.ts): instances A and B share one database and one set of
// secrets, and nothing else. One browser moving between them is what a load balancer without
// sticky sessions does to a clinician.
const A = process.env.E2E_PG_BASE_A ?? "";
const B = process.env.E2E_PG_BASE_B ?? "";
const PRECIPITANT = "Partner left this morning; called in crying.";

test("a draft written on instance A continues and is signed on B, shows locked on A, and signing out on A ends the sign-in on B", async ({ page, browser, therapist }) => {
  test.setTimeout(120_000);
  expect(A).not.toBe(B);
  const { sessionId } = await setupNote(therapist, { segments: [["09:00", "09:50"]] });
  const followUp = DateTime.fromISO(serviceDay()).plus({ days: 7 }).toISODate() ?? "";

  await test.step("When I sign in on A and start the note there, it autosaves", async () => {
    await signIn(page, therapist);
    expect(new URL(page.url()).origin).toBe(A);
    await page.goto(`${A}/sessions/${sessionId}`);
    const form = noteForm(page);
    await form.getByLabel("Precipitant", { exact: true }).fill(PRECIPITANT);
    await form.getByLabel("Precipitant", { exact: true }).press("Tab");
    await expectSaved(page);
  });

  const pageB = await page.context().newPage();
  const save = await test.step("Then on B the draft is there, and I finish it there", async () => {
    await pageB.goto(`${B}/sessions/${sessionId}`);
    const form = noteForm(pageB);
    await expect(form.getByLabel("Precipitant", { exact: true })).toHaveValue(PRECIPITANT);
    await completeLowRiskNote(pageB, followUp);
    const captured = await captureServerAction(pageB, async () => {
      await form.getByLabel("I attest that these times are the actual face-to-face times").check();
    });
    await expectSaved(pageB);
    return captured;
  });

  await test.step("And I sign it on B", async () => {
    await signNote(pageB);
    await expect(pageB.getByRole("main").getByText("Locked.", { exact: true })).toBeVisible();
    expect(await storedNote(therapist, sessionId)).toMatchObject({ status: "final", lines: ["90839 ×1"] });
  });

  await test.step("Then A shows the signed note, locked", async () => {
    await page.goto(`${A}/sessions/${sessionId}`);
    const main = page.getByRole("main");
    await expect(main.getByText("Locked.", { exact: true })).toBeVisible();
    await expect(main.getByText("Signed and final").first()).toBeVisible();
    await expect(main.getByText(PRECIPITANT)).toBeVisible();
    await expect(page.getByRole("form", { name: "Crisis note" })).toHaveCount(0);
  });

  await test.step("When I sign out on A, a copy of the sign-in cookie is refused by B: pages and server actions", async () => {
    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL((url) => url.origin === A && url.pathname === "/login");
    const copy = await browser.newContext();
    await copy.addCookies(cookies);
    const onB = await copy.newPage();
    await onB.goto(`${B}/`);
    await expect(onB).toHaveURL((url) => url.origin === B && url.pathname === "/login");
    const replayed = await replay(onB.request, save, save.body);
    expect(replayed.text).toContain("Your session has ended. Please sign in again.");
    await copy.close();
  });
});
