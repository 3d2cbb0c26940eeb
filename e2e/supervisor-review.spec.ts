import type { Page } from "@playwright/test";
import { getBillingReport } from "@/db/billing";
import { createTestUser, expect, firstAdminContext, signIn, test } from "./fixtures";
import { expectSaved, noteForm, signNote } from "./note-form";
import { serviceDay, setupNote, storedNote } from "./note-setup";
import { interceptServerAction, replay, withArgument } from "./server-actions";

/** The day's billing lines of one clinician as the practice's billing sees them. */
async function billedLines(clinicianName: string): Promise<string[]> {
  const { days } = await getBillingReport(await firstAdminContext(), { from: serviceDay(), to: serviceDay(), status: "all" });
  return days.filter((day) => day.clinician.name === clinicianName).flatMap((day) => day.lines.map((line) => `${line.code} ×${line.units}`));
}

const reviewLink = (page: Page) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Notes to review/ });

test("a supervised therapist's note is returned, revised, re-signed and co-signed, and its day is rebilled at each step", async ({ page, supervisor, signedInPage }) => {
  const therapist = await createTestUser("therapist", { supervisorId: supervisor.id });
  const { sessionId } = await setupNote(therapist, { segments: [["09:00", "09:40"]], attested: true });
  const day = serviceDay();
  await signIn(page, therapist);
  await page.goto(`/sessions/${sessionId}`);

  await test.step("When I sign my note, it waits for my supervisor and its lines are not billable yet", async () => {
    await signNote(page, async (summary) => {
      await expect(summary).toHaveAccessibleName("Sign and send this note for review?");
      await expect(summary.getByText(/^Sent to your supervisor for review/)).toBeVisible();
    });
    await expect(page.getByRole("main").getByText("Signed, awaiting supervisor review").first()).toBeVisible();
    await expect(page.getByText(/not billable yet/)).toBeVisible();
    expect((await storedNote(therapist, sessionId)).status).toBe("pending_review");
    expect(await billedLines(therapist.name)).toEqual(["90839 ×1"]);
  });

  const supervisorPage = await signedInPage(supervisor);
  await test.step("Then my supervisor's badge counts it and the queue lists it", async () => {
    await expect(reviewLink(supervisorPage)).toHaveText(/Notes to review\s*1\s*waiting/);
    await reviewLink(supervisorPage).click();
    const queue = supervisorPage.getByRole("table", { name: "Notes waiting for your review, oldest first" });
    await expect(queue.getByRole("row")).toHaveCount(2);
    await expect(queue.getByRole("cell", { name: therapist.name, exact: true })).toBeVisible();
    await expect(queue.getByRole("cell", { name: "90839 ×1 · POS 11" })).toBeVisible();
    await queue.getByRole("link", { name: new RegExp(`^Review the note .* by ${therapist.name}$`) }).click();
    await expect(supervisorPage.getByRole("heading", { name: "Your review" })).toBeVisible();
  });

  await test.step("When the supervisor returns it without a comment, they are asked for one; with one, it is returned", async () => {
    await supervisorPage.getByRole("button", { name: "Return for changes" }).click();
    await expect(supervisorPage.getByText("Write a comment for the clinician: what should change, or what you noticed.")).toBeVisible();
    await supervisorPage.getByLabel("Comment for the clinician").fill("The session ran to 10:20 by your own log. Also name who will check in tonight.");
    await supervisorPage.getByRole("button", { name: "Return for changes" }).click();
    await expect(supervisorPage.getByText("Returned to the clinician with your comment.")).toBeVisible();
    expect((await storedNote(therapist, sessionId)).status).toBe("returned");
    expect(await billedLines(therapist.name)).toEqual([]);
  });

  await test.step("Then I see the comment, change a segment and a field, and sign again", async () => {
    await page.goto("/");
    const returned = page.getByRole("list", { name: "Notes returned to you" });
    await expect(returned.getByText("The session ran to 10:20 by your own log.", { exact: false })).toBeVisible();
    await returned.getByRole("link", { name: /^Open and revise/ }).click();
    await expect(page.getByRole("list", { name: "Review history" }).getByText("Also name who will check in tonight.", { exact: false })).toBeVisible();
    await page.getByLabel("Segment 1 end").fill(`${day}T10:20`);
    await page.getByRole("button", { name: "Save segment 1" }).click();
    await expect(noteForm(page).getByText("Total: 80 minutes")).toBeVisible();
    await noteForm(page).getByLabel("Resources mobilised").fill("Sister will check in at 9 pm tonight.");
    await noteForm(page).getByLabel("Resources mobilised").press("Tab");
    await expectSaved(page);
    await signNote(page);
    await expect(page.getByRole("main").getByText("Signed, awaiting supervisor review").first()).toBeVisible();
    expect(await storedNote(therapist, sessionId)).toMatchObject({ status: "pending_review", note: { resources: "Sister will check in at 9 pm tonight." } });
    expect(await billedLines(therapist.name)).toEqual(["90839 ×1", "90840 ×1"]);
  });

  await test.step("When the supervisor approves it", async () => {
    await supervisorPage.goto(`/review/${sessionId}`);
    await expect(supervisorPage.getByText("I reviewed this note and agree with the assessment and plan.", { exact: false })).toBeVisible();
    await supervisorPage.getByRole("button", { name: "Approve and co-sign" }).click();
    await expect(supervisorPage.getByText("Approved and co-signed.", { exact: true })).toBeVisible();
    await expect(reviewLink(supervisorPage)).toHaveText(/Notes to review\s*0\s*waiting/);
  });

  await test.step("Then the note is final, billable, with both signatures on screen and in print", async () => {
    await page.goto(`/sessions/${sessionId}`);
    const signatures = page.getByRole("list", { name: "Signatures" });
    await expect(signatures.getByRole("listitem").nth(0)).toHaveText(new RegExp(`^Signed by ${therapist.name}, LCSW, .+ (AM|PM) [A-Z]{2,5}$`));
    await expect(signatures.getByRole("listitem").nth(1)).toHaveText(new RegExp(`^Co-signed by ${supervisor.name}, LCSW \\(supervisor\\), .+ (AM|PM) [A-Z]{2,5}$`));
    await expect(page.getByText(/billable — every note behind these lines is final/)).toBeVisible();
    await expect(page.getByRole("list", { name: "Review history" }).getByRole("listitem")).toHaveCount(4);
    expect(await storedNote(therapist, sessionId)).toMatchObject({ status: "final", lines: ["90839 ×1", "90840 ×1"] });
    expect(await billedLines(therapist.name)).toEqual(["90839 ×1", "90840 ×1"]);
    await page.goto(`/sessions/${sessionId}/print`);
    await expect(page.getByRole("list", { name: "Signatures" })).toContainText(`Co-signed by ${supervisor.name}, LCSW (supervisor)`);
    await expect(page.getByRole("list", { name: "Review history" })).toContainText("Returned for changes");
  });
});

test("only the note's current supervisor can review it: other supervisors, the author and admins are refused, and nothing changes", async ({ supervisor, admin, signedInPage }) => {
  const therapist = await createTestUser("therapist", { supervisorId: supervisor.id });
  const { sessionId } = await setupNote(therapist, { segments: [["09:00", "09:40"]], attested: true, sign: true });
  const supervisorPage = await signedInPage(supervisor);
  await supervisorPage.goto(`/review/${sessionId}`);

  const approve = await test.step("Given the approve and return requests the supervisor's form sends (stopped before the server)", async () => {
    const captured = await interceptServerAction(supervisorPage, () => supervisorPage.getByRole("button", { name: "Approve and co-sign" }).click());
    return captured;
  });
  const returnBody = withArgument(approve, { decision: "return", comment: "Returned by someone else" });

  const unchanged = async () => {
    const note = await storedNote(therapist, sessionId);
    expect(note.status).toBe("pending_review");
    await supervisorPage.goto(`/review/${sessionId}`);
    await expect(supervisorPage.getByRole("list", { name: "Review history" }).getByRole("listitem")).toHaveCount(1);
  };

  await test.step("When another supervisor opens the review page by URL or replays approve and return, they get not-found", async () => {
    const stranger = await signedInPage(await createTestUser("supervisor"));
    const response = await stranger.goto(`/review/${sessionId}`);
    expect(response?.status()).toBe(404);
    for (const body of [withArgument(approve, {}), returnBody]) {
      const replayed = await replay(stranger.request, approve, body);
      expect(replayed.text).toContain('"ok":false,"code":"NOT_FOUND"');
    }
    await unchanged();
  });

  await test.step("When the author replays the approve on their own note, it is forbidden", async () => {
    const author = await signedInPage(therapist);
    expect((await author.goto(`/review/${sessionId}`))?.status()).toBe(404);
    const replayed = await replay(author.request, approve, withArgument(approve, {}));
    expect(replayed.text).toContain('"ok":false,"code":"FORBIDDEN"');
    await unchanged();
  });

  await test.step("When an admin opens the review page, it does not exist for them", async () => {
    const adminPage = await signedInPage(admin);
    expect((await adminPage.goto(`/review/${sessionId}`))?.status()).toBe(404);
    expect((await adminPage.goto("/review"))?.status()).toBe(404);
    const replayed = await replay(adminPage.request, approve, withArgument(approve, {}));
    expect(replayed.text).toContain('"ok":false,"code":"FORBIDDEN"');
    await unchanged();
  });

  await test.step("But the same request from the note's supervisor works, so the refusals were real", async () => {
    const replayed = await replay(supervisorPage.request, approve, withArgument(approve, {}));
    expect(replayed.text).toContain('"ok":true');
    expect((await storedNote(therapist, sessionId)).status).toBe("final");
  });
});
