import { DateTime } from "luxon";
import type { Page } from "@playwright/test";
import { clientWithDraft, yesterdayAt } from "./clinician-data";
import { expect, signIn, test } from "./fixtures";
import { PRACTICE } from "./practice";
import { billingLines, segmentRows, totalTime } from "./session-page";

/** Types a segment into the add form and submits it; returns the form to read its error from. */
async function addSegment(page: Page, start: string, end: string) {
  const form = page.getByRole("form", { name: "Add a segment" });
  await form.getByLabel("New segment start").fill(start);
  await form.getByLabel("New segment end").fill(end);
  await form.getByRole("button", { name: "Add segment" }).click();
  return form;
}

test("a therapist documents afterwards by typing segments", async ({ page, therapist }) => {
  await signIn(page, therapist);

  await test.step("When I start from the dashboard and add the client inline", async () => {
    await page.getByRole("link", { name: "Start crisis session" }).click();
    const form = page.getByRole("form", { name: "New client" });
    await form.getByLabel("Client name").fill("Sky Inline");
    await form.getByLabel("Date of birth").fill("2001-02-03");
    await form.getByRole("button", { name: "Add client and continue" }).click();
    await expect(page.getByText("Sky Inline (born 2001-02-03)")).toBeVisible();
  });

  await test.step("And describe an in-person contact in the emergency room", async () => {
    await page.getByRole("radio", { name: "In person" }).check();
    await page.getByLabel("Setting").selectOption("23");
    await page.getByRole("radio", { name: "Pre-scheduled follow-up visit" }).check();
    await expect(page.getByText("Crisis codes fit a scheduled visit only when a genuine crisis arose during it", { exact: false })).toBeVisible();
    await page.getByRole("radio", { name: "Phone call" }).check();
    await expect(page.getByText("only when a genuine crisis arose", { exact: false })).toHaveCount(0);
    await page.getByRole("button", { name: "Document afterwards" }).click();
    await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("button", { name: "Start timer" })).toBeVisible();
    await expect(totalTime(page)).toHaveText("0:00:00");
  });

  await test.step("Then typed segments are checked and billed to the minute", async () => {
    const form = await addSegment(page, yesterdayAt("10:40"), yesterdayAt("10:00"));
    await expect(form.getByRole("alert")).toHaveText("Segment 1 ends before it starts.");
    await addSegment(page, yesterdayAt("10:00"), yesterdayAt("10:40"));
    await expect(totalTime(page)).toHaveText("0:40:00");
    await expect(billingLines(page)).toHaveText(["90839 ×1 · POS 23"]);
    await addSegment(page, yesterdayAt("10:50"), yesterdayAt("11:28"));
    await expect(totalTime(page)).toHaveText("1:18:00");
    await expect(billingLines(page)).toHaveText(["90839 ×1 · POS 23", "90840 ×1 · POS 23"]);
    await addSegment(page, yesterdayAt("10:30"), yesterdayAt("10:55"));
    await expect(form.getByRole("alert")).toContainText("overlap; each minute can be counted only once.");
    const tomorrow = DateTime.now().setZone(PRACTICE.timeZone).plus({ days: 1 }).toISODate() ?? "";
    await addSegment(page, `${tomorrow}T10:00`, `${tomorrow}T10:30`);
    await expect(form.getByRole("alert")).toHaveText("Times cannot be in the future.");
  });

  await test.step("And I can correct and delete a segment", async () => {
    await page.getByLabel("Segment 2 end").fill(yesterdayAt("11:20"));
    await page.getByRole("button", { name: "Save segment 2" }).click();
    await expect(totalTime(page)).toHaveText("1:10:00");
    await expect(billingLines(page)).toHaveText(["90839 ×1 · POS 23"]);
    await page.getByRole("button", { name: "Delete segment 2" }).click();
    const question = page.getByRole("group", { name: "Delete segment 2?" });
    await expect(question.getByRole("button", { name: "Keep segment 2" })).toBeFocused();
    await question.getByRole("button", { name: "Keep segment 2" }).click();
    await expect(segmentRows(page)).toHaveCount(2);
    await page.getByRole("button", { name: "Delete segment 2" }).click();
    await question.getByRole("button", { name: "Yes, delete" }).click();
    await expect(totalTime(page)).toHaveText("0:40:00");
    await expect(segmentRows(page)).toHaveCount(1);
  });

});

test("one timer at a time; the dashboard and the notes list show my sessions", async ({ page, therapist }) => {
  const typed = await clientWithDraft(therapist, { clientName: "Sky Inline", segment: { start: yesterdayAt("10:00"), end: yesterdayAt("10:40") } });
  await signIn(page, therapist);

  await test.step("When a timer runs in another session, this one refuses to start a second", async () => {
    await page.goto("/clients");
    await page.getByRole("link", { name: "Sky Inline" }).click();
    await page.getByRole("link", { name: "Start crisis session" }).click();
    await page.getByRole("radio", { name: "Audio only (phone)" }).check();
    await page.getByRole("button", { name: "Start session and timer" }).click();
    await expect(page.getByText("Say why video was not used.")).toBeVisible();
    await page.getByLabel("Why video was not used").fill("The client has no camera.");
    await page.getByRole("radio", { name: "Walk-in" }).check();
    await page.getByRole("button", { name: "Start session and timer" }).click();
    await expect(page.getByText("Timer: Running")).toBeVisible();
    await page.goto(`/sessions/${typed.sessionId}`);
    await page.getByRole("button", { name: "Resume" }).click();
    await expect(page.getByRole("region", { name: "Face-to-face time" }).getByRole("alert")).toHaveText("You have a timer running in another crisis session. Pause it there first.");
  });

  await test.step("And the dashboard links to the running session and lists my drafts", async () => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Timer running" })).toBeVisible();
    await expect(page.getByRole("timer", { name: "Running for" })).toHaveText(/^0:0\d:\d\d$/);
    await expect(page.getByRole("table", { name: "Your draft notes" }).getByRole("row")).toHaveCount(3);
  });

  await test.step("And the notes list filters on the server, keeping the filters in the URL", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sessions" }).click();
    const filters = page.getByRole("form", { name: "Filter notes" });
    await filters.getByLabel("Client").selectOption({ label: "Sky Inline" });
    await filters.getByLabel("Status").selectOption("final");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/status=final/);
    await expect(page.getByText("No notes match these filters.")).toBeVisible();
    await filters.getByLabel("Status").selectOption("draft");
    await filters.getByLabel("Date from").fill(DateTime.now().setZone(PRACTICE.timeZone).minus({ days: 1 }).toISODate() ?? "");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("table", { name: "Your crisis notes, newest first" }).getByRole("row")).toHaveCount(3);
    await expect(page.getByText("2 notes, 25 a page")).toBeVisible();
  });
});
