import { getSession } from "@/db/sessions";
import { actorOf, expect, fillSignIn, signIn, test } from "./fixtures";
import { expectSaved, noteForm } from "./note-form";
import { serviceDay, setupNote, storedNote } from "./note-setup";
import { connectionBanner, secondsOf, segmentRows, timerBar, totalTime } from "./session-page";

// A clinician at 2 a.m.: wifi drops, the sign-in ends, the device is left alone during a call,
// the tablet's clock is wrong. Nothing typed is lost, and the page says what happened.

const OFFLINE = "You are offline, so nothing was sent. Your text is still here";
const TYPED = "Sister on her way; mobile crisis team called at 2:10.";

test("offline, a timer click and a segment edit keep the page and the text; back online they go through", async ({ page, context, therapist }) => {
  const { sessionId } = await setupNote(therapist, { segments: [["09:00", "09:40"]] });
  await signIn(page, therapist);
  await page.goto(`/sessions/${sessionId}`);
  const resources = noteForm(page).getByLabel("Resources mobilised");

  await test.step("When the connection drops while I type", async () => {
    await context.setOffline(true);
    await resources.fill(TYPED);
    await resources.press("Tab");
    await expect(noteForm(page).getByRole("status").filter({ hasText: "Not saved: You are offline" })).toBeVisible();
    await expect(connectionBanner(page)).toContainText("You are offline.");
  });

  await test.step("Then Resume says I am offline, and the page and my text stay", async () => {
    await timerBar(page).getByRole("button", { name: "Resume" }).click();
    await expect(timerBar(page).getByRole("alert")).toContainText(OFFLINE);
    await expect(timerBar(page).getByRole("button", { name: "Resume" })).toBeFocused();
    await expect(page.getByText("Timer: Paused")).toBeVisible();
    await expect(resources).toHaveValue(TYPED);
  });

  await test.step("And saving a corrected segment says so too, keeping the corrected time", async () => {
    await page.getByLabel("Segment 1 end").fill(`${serviceDay()}T10:00`);
    await page.getByRole("button", { name: "Save segment 1" }).click();
    await expect(segmentRows(page).first().getByRole("alert")).toContainText(OFFLINE);
    await expect(page.getByLabel("Segment 1 end")).toHaveValue(`${serviceDay()}T10:00`);
    await expect(resources).toHaveValue(TYPED);
  });

  await test.step("When the connection is back, the note saves by itself and both retries succeed", async () => {
    await context.setOffline(false);
    await expect(connectionBanner(page)).toHaveCount(0);
    await expectSaved(page);
    await page.getByRole("button", { name: "Save segment 1" }).click();
    await expect(noteForm(page).getByText("Total: 60 minutes")).toBeVisible();
    await timerBar(page).getByRole("button", { name: "Resume" }).click();
    await expect(page.getByText("Timer: Running")).toBeVisible();
    await expect(segmentRows(page)).toHaveCount(2);
    await expect(resources).toHaveValue(TYPED);
    expect((await storedNote(therapist, sessionId)).note.resources).toBe(TYPED);
  });
});

test("offline, an addendum to a signed note is kept, and added once back online", async ({ page, context, therapist }) => {
  const { sessionId } = await setupNote(therapist, { segments: [["09:00", "09:40"]], attested: true, sign: true });
  await signIn(page, therapist);
  await page.goto(`/sessions/${sessionId}`);
  const addendum = page.getByRole("form", { name: "Add an addendum" });

  await test.step("When I send an addendum while offline, I am told, and what I wrote stays", async () => {
    await addendum.getByLabel("Reason").fill("Late entry");
    await addendum.getByLabel("Addendum").fill("Sister confirmed by phone she is staying.");
    await context.setOffline(true);
    await addendum.getByRole("button", { name: "Add addendum" }).click();
    await expect(addendum.getByRole("alert")).toContainText(OFFLINE);
    await expect(connectionBanner(page)).toContainText("You are offline.");
    await expect(addendum.getByLabel("Addendum")).toHaveValue("Sister confirmed by phone she is staying.");
  });

  await test.step("Then back online, the same click adds it", async () => {
    await context.setOffline(false);
    await addendum.getByRole("button", { name: "Add addendum" }).click();
    await expect(page.getByText(/^Addendum 1 · /)).toBeVisible();
    await expect(page.getByText("Sister confirmed by phone she is staying.")).toBeVisible();
  });
});

test("signed out while typing: a link asks first, and signing in again on the page saves the kept text", async ({ page, context, therapist }) => {
  const { sessionId } = await setupNote(therapist, { segments: [["09:00", "09:40"]] });
  await signIn(page, therapist);
  await page.goto(`/sessions/${sessionId}`);
  const resources = noteForm(page).getByLabel("Resources mobilised");

  await test.step("When my sign-in ends while I type, I am told so (not that the server is unreachable)", async () => {
    // The page refreshes its sign-in as it loads: that answer's Set-Cookie, landing after the
    // cookies are cleared, would sign the browser back in. Let the page settle first.
    await page.waitForLoadState("networkidle");
    await context.clearCookies();
    await resources.fill(TYPED);
    await resources.press("Tab");
    await expect(connectionBanner(page)).toContainText("Your sign-in has ended.");
    await expect(noteForm(page).getByRole("status").filter({ hasText: "Not saved: Your sign-in has ended" })).toBeVisible();
  });

  await test.step("Then a click on a link in the menu asks before leaving the unsaved text", async () => {
    const question = page.waitForEvent("dialog");
    const click = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sessions" }).click();
    const dialog = await question;
    expect(dialog.type()).toBe("confirm");
    expect(dialog.message()).toContain("not saved yet");
    await dialog.dismiss();
    await click;
    await expect(page).toHaveURL((url) => url.pathname === `/sessions/${sessionId}`);
    await expect(resources).toHaveValue(TYPED);
  });

  await test.step("When I sign in again in the dialog, without leaving the page, the text is saved", async () => {
    await connectionBanner(page).getByRole("button", { name: "Sign in again" }).click();
    const dialog = page.getByRole("dialog", { name: "Sign in again" });
    await expect(dialog.getByLabel("Password")).toBeFocused();
    await dialog.getByLabel("Password").fill(therapist.password);
    await dialog.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expectSaved(page);
    await expect(connectionBanner(page)).toHaveCount(0);
    await expect(page).toHaveURL((url) => url.pathname === `/sessions/${sessionId}`);
    expect((await storedNote(therapist, sessionId)).note.resources).toBe(TYPED);
  });

  await test.step("And no typed text was written to the browser's storage", async () => {
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage }));
    expect(stored).not.toContain("mobile crisis");
  });
});

test("a running crisis timer and 20 idle minutes: the warning waits, Escape stays; after a sign-out, signing in returns to the note", async ({ page, therapist }) => {
  const { sessionId } = await setupNote(therapist);
  await page.clock.install();
  await signIn(page, therapist);
  await page.waitForFunction(() => window.localStorage.getItem("crisisnote:last-activity") !== null);
  await page.goto(`/sessions/${sessionId}`);
  const warning = page.getByRole("alertdialog", { name: "Are you still there?" });

  await test.step("When I start the timer and talk with the client for 20 minutes without touching the device", async () => {
    await timerBar(page).getByRole("button", { name: "Start timer" }).click();
    await expect(page.getByText("Timer: Running")).toBeVisible();
    await page.clock.fastForward("20:00");
  });

  await test.step("Then the warning asks, with staying as the default, and Escape keeps me signed in on the note", async () => {
    await expect(warning).toBeVisible();
    await expect(warning).toContainText("A crisis timer is running");
    await expect(warning.getByRole("button", { name: "Stay signed in" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(warning).toBeHidden();
    await expect(page).toHaveURL((url) => url.pathname === `/sessions/${sessionId}`);
    await timerBar(page).getByRole("button", { name: "Pause" }).click();
    await expect(page.getByText("Timer: Paused")).toBeVisible();
  });

  await test.step("When I am signed out for inactivity (no timer running), signing in brings me back to the note", async () => {
    await page.clock.fastForward("15:05");
    await expect(page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("reason") === "idle");
    await fillSignIn(page, therapist);
    await expect(page).toHaveURL((url) => url.pathname === `/sessions/${sessionId}`);
    await expect(noteForm(page)).toBeVisible();
  });
});

test("a device clock 10 minutes fast still shows the right elapsed time", async ({ page, therapist }) => {
  const { sessionId } = await setupNote(therapist);
  await page.clock.install({ time: Date.now() + 10 * 60_000 });
  await signIn(page, therapist);
  await page.goto(`/sessions/${sessionId}`);
  await timerBar(page).getByRole("button", { name: "Start timer" }).click();
  await expect(page.getByText("Timer: Running")).toBeVisible();
  // Past the first seconds, so the comparison is of a ticking timer.
  await expect(totalTime(page)).toHaveText(/^0:00:0[3-9]$/);

  const running = (await getSession(await actorOf(therapist), sessionId)).segments.find((segment) => segment.end === null);
  const shown = secondsOf((await totalTime(page).textContent()) ?? "");
  const real = (Date.now() - Date.parse(running?.start ?? "")) / 1000;
  expect(Math.abs(shown - real)).toBeLessThanOrEqual(2);
});
