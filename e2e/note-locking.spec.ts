import { completeNote } from "@/lib/notes/test-support";
import { createTestUser, expect, signIn, test } from "./fixtures";
import { attestAndSign, expectSaved, noteForm, signSummary } from "./note-form";
import { setupNote, storedNote } from "./note-setup";
import { captureServerAction, interceptServerAction, replay } from "./server-actions";

// Who may change a note, and when: another clinician never; the owner only while it is a draft,
// and never by overwriting a newer version from a stale tab.

test("another therapist cannot open, save or sign my note, by URL or by replaying the server action", async ({ page, therapist, signedInPage }) => {
  const { sessionId } = await setupNote(therapist, { segments: [["09:00", "09:40"]], note: completeNote({ resources: "" }), attested: true });
  await signIn(page, therapist);
  await page.goto(`/sessions/${sessionId}`);
  const form = noteForm(page);
  const save = await captureServerAction(page, async () => {
    await form.getByLabel("Resources mobilised").fill("Sister called");
    await form.getByLabel("Resources mobilised").press("Tab");
  });
  await expectSaved(page);
  await form.getByRole("button", { name: "Sign note" }).click();
  const sign = await interceptServerAction(page, () => signSummary(page).getByRole("button", { name: "Sign and lock" }).click());
  const intruder = await signedInPage(await createTestUser("therapist"));

  await test.step("When another therapist opens the note's URL, it does not exist for them", async () => {
    const response = await intruder.goto(`/sessions/${sessionId}`);
    expect(response?.status()).toBe(404);
  });

  await test.step("When they replay the autosave and the sign action with their own session, both are refused", async () => {
    for (const action of [save, sign]) {
      const response = await replay(intruder.request, action, action.body);
      expect(response.text).toContain("That crisis session does not exist or is not yours.");
    }
    expect(await storedNote(therapist, sessionId)).toMatchObject({ status: "draft", note: { resources: "Sister called" } });
  });
});

test("a signed note refuses a replayed autosave with the locked message, and changes only by addenda", async ({ page, therapist }) => {
  const { sessionId } = await setupNote(therapist, { segments: [["09:00", "09:40"]], attested: true });
  await signIn(page, therapist);
  await page.goto(`/sessions/${sessionId}`);
  const form = noteForm(page);
  const save = await captureServerAction(page, async () => {
    await form.getByLabel("Client's response").fill("Calmer; agreed to call tomorrow.");
    await form.getByLabel("Client's response").press("Tab");
  });
  await expectSaved(page);
  await attestAndSign(page);
  await expect(page.getByRole("main").getByText("Locked.", { exact: true })).toBeVisible();

  await test.step("When the captured autosave is sent again after signing, it is refused and nothing changes", async () => {
    const response = await replay(page.request, save, save.body.replace("Calmer; agreed to call tomorrow.", "Rewritten after signing"));
    expect(response.text).toContain("locked. Add an addendum instead.");
    expect(await storedNote(therapist, sessionId)).toMatchObject({ status: "final", note: { clientResponse: "Calmer; agreed to call tomorrow." } });
  });

  await test.step("Then an addendum is the way to add information, listed under the note", async () => {
    const addendum = page.getByRole("form", { name: "Add an addendum" });
    await addendum.getByLabel("Reason").fill("Late entry");
    await addendum.getByLabel("Addendum").fill("Sister confirmed by phone she is staying.");
    await addendum.getByRole("button", { name: "Add addendum" }).click();
    await expect(page.getByText("Sister confirmed by phone she is staying.")).toBeVisible();
    await expect(page.getByText(/^Addendum 1 · /)).toBeVisible();
  });
});

test("a second tab gets a conflict instead of overwriting, and keeps what was typed in it", async ({ page, therapist }) => {
  const { sessionId } = await setupNote(therapist, { segments: [["09:00", "09:40"]], attested: true });
  await signIn(page, therapist);
  const second = await page.context().newPage();
  await page.goto(`/sessions/${sessionId}`);
  await second.goto(`/sessions/${sessionId}`);

  await test.step("When the first tab saves, then the second tab saves from the old version", async () => {
    await noteForm(page).getByLabel("Resources mobilised").fill("Typed in the first tab");
    await noteForm(page).getByLabel("Resources mobilised").press("Tab");
    await expectSaved(page);
    await noteForm(second).getByLabel("Client's response").fill("Typed in the second tab");
    await noteForm(second).getByLabel("Client's response").press("Tab");
  });

  await test.step("Then the second tab says so, stops autosaving, and its text is still on screen", async () => {
    await expect(noteForm(second).getByRole("alert")).toContainText("changed in another tab or on another device");
    await expect(noteForm(second).getByText("Not saved: autosave stopped.")).toBeVisible();
    await expect(noteForm(second).getByLabel("Client's response")).toHaveValue("Typed in the second tab");
    expect((await storedNote(therapist, sessionId)).note).toMatchObject({ resources: "Typed in the first tab", clientResponse: completeNote().clientResponse });
  });
});
