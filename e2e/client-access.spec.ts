import type { Page } from "@playwright/test";
import { getDashboard, getSession } from "@/db/sessions";
import { asUser, fromDb } from "./actors";
import { clientWithDraft, yesterdayAt } from "./clinician-data";
import { type TestUser, createTestUser, expect, signIn, test } from "./fixtures";
import { type CapturedAction, captureServerAction, replay, withArgument } from "./server-actions";

async function segmentCount(owner: TestUser, sessionId: string): Promise<number> {
  const session = await fromDb(getSession(await asUser(owner), sessionId));
  return session.segments.length;
}

/**
 * The owner's client and draft session come from the data layer; the two server actions are
 * captured from real clicks in the owner's browser.
 */
async function ownerSessionWithCapturedActions(page: Page, owner: TestUser) {
  const { clientId, sessionId } = await clientWithDraft(owner, { clientName: "Private Person" });
  await signIn(page, owner);
  await page.goto(`/sessions/${sessionId}`);
  const form = page.getByRole("form", { name: "Add a segment" });
  await form.getByLabel("New segment start").fill(yesterdayAt("09:00"));
  await form.getByLabel("New segment end").fill(yesterdayAt("09:40"));
  const addSegment = await captureServerAction(page, () => form.getByRole("button", { name: "Add segment" }).click());
  const startTimer = await captureServerAction(page, () => page.getByRole("button", { name: "Resume" }).click());
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();
  return { clientId, sessionId, addSegment, startTimer };
}

function expectRefused(response: { status: number; text: string }) {
  expect(response.status).toBe(200);
  expect(response.text).toContain("NOT_FOUND");
  expect(response.text).toContain("does not exist or is not yours");
}

test("another therapist can neither open nor change a therapist's client or session", async ({ page, therapist, signedInPage }) => {
  const owned = await ownerSessionWithCapturedActions(page, therapist);
  const before = await segmentCount(therapist, owned.sessionId);
  expect(before).toBe(2);
  const other = await createTestUser("therapist");
  const otherPage = await signedInPage(other);

  await test.step("Then the other therapist gets 404 for the client, the session and a start link", async () => {
    for (const url of [`/clients/${owned.clientId}`, `/sessions/${owned.sessionId}`, `/sessions/new?clientId=${owned.clientId}`]) {
      expect((await otherPage.goto(url))?.status(), url).toBe(404);
    }
    await expect(otherPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  await test.step("And replaying the owner's server actions from the other session is refused and writes nothing", async () => {
    expectRefused(await replay(otherPage.request, owned.startTimer, owned.startTimer.body));
    const typed = withArgument(owned.addSegment, { start: yesterdayAt("12:00"), end: yesterdayAt("12:30") });
    expectRefused(await replay(otherPage.request, owned.addSegment, typed));
    expect(await segmentCount(therapist, owned.sessionId)).toBe(before);
    expect((await fromDb(getDashboard(await asUser(other), "2000-01-01"))).running).toBeNull();
  });

  await test.step("But the same replay from the owner's own session works, so the refusal is real", async () => {
    const typed = withArgument(owned.addSegment, { start: yesterdayAt("12:00"), end: yesterdayAt("12:30") });
    const response = await replay(page.request, owned.addSegment, typed);
    expect(response.status).toBe(200);
    expect(response.text).toContain('"ok":true');
    expect(await segmentCount(therapist, owned.sessionId)).toBe(before + 1);
  });
});

test("wrong, stale or garbage ids give a clear message, never a 500", async ({ page, therapist }) => {
  const owned = await ownerSessionWithCapturedActions(page, therapist);
  const before = await segmentCount(therapist, owned.sessionId);
  const cases: [CapturedAction, Record<string, unknown>, string][] = [
    [owned.startTimer, { sessionId: "no-such-session" }, "does not exist or is not yours"],
    [owned.startTimer, { sessionId: "" }, "Missing id."],
    [owned.startTimer, { sessionId: "x".repeat(10_000) }, "Invalid id."],
    [owned.startTimer, { sessionId: 42 }, "VALIDATION"],
    [owned.addSegment, { sessionId: "no-such-session" }, "does not exist or is not yours"],
    [owned.addSegment, { start: "tomorrow-ish" }, "Enter a date and time."],
  ];
  for (const [action, changes, message] of cases) {
    const response = await replay(page.request, action, withArgument(action, changes));
    expect(response.status, JSON.stringify(changes).slice(0, 60)).toBe(200);
    expect(response.text).toContain(message);
  }
  expect((await replay(page.request, owned.startTimer, "[]")).text).toContain("VALIDATION");
  for (const url of ["/sessions/garbage", "/clients/garbage", "/sessions/new?clientId=garbage"]) {
    expect((await page.goto(url))?.status(), url).toBe(404);
  }
  expect(await segmentCount(therapist, owned.sessionId)).toBe(before);
});
