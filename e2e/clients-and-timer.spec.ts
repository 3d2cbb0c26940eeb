import { expect, signIn, test } from "./fixtures";
import { billingLines, segmentRows, totalTime } from "./session-page";


/**
 * Two clocks are involved, and the test keeps them apart on purpose:
 * - The server stamps every segment's start and end with its own (real) clock when Start, Pause,
 *   Resume or Stop is clicked; Playwright cannot move it.
 * - The browser only animates the running total between clicks, from its own clock, which
 *   Playwright controls.
 * So the fake browser clock is installed at the real time (both clocks agree), fast-forwarded to
 * show that the live total and the lines follow the browser's clock while the timer runs, and
 * then set back to the real time before Pause. After Pause and Stop the panel shows only what the
 * server recorded: a few real seconds, not 31 minutes, which proves that the stored time comes
 * from the server and not from the browser. The billing of stored time is covered by typing
 * segments (second test), which is exact to the minute.
 *
 * The jumps are 10 minutes with a mouse movement between them, as a clinician at work would make:
 * one 31-minute jump would (rightly) trip the practice's 15-minute idle sign-out.
 */
test("a therapist adds a client and times a crisis session: start, pause, resume, stop", async ({ page, therapist }) => {
  await page.clock.install({ time: new Date() });
  await signIn(page, therapist);

  await test.step("When I add a client", async () => {
    await page.goto("/clients");
    await page.getByRole("link", { name: "Add client" }).click();
    const form = page.getByRole("form", { name: "New client" });
    await form.getByLabel("Client name").fill("Robin Example");
    await form.getByLabel("Date of birth").fill("1990-05-04");
    await form.getByLabel("External id / MRN").fill("MRN-1");
    await form.getByRole("button", { name: "Add client" }).click();
    await expect(page.getByRole("heading", { name: "Robin Example" })).toBeVisible();
  });

  await test.step("And start a video session with the timer", async () => {
    await page.getByRole("link", { name: "Start crisis session" }).click();
    await expect(page.getByText("Robin Example (born 1990-05-04)")).toBeVisible();
    await page.getByRole("radio", { name: "Video" }).check();
    await page.getByLabel("Client is at home").check();
    await page.getByRole("radio", { name: "Walk-in" }).check();
    await page.getByRole("button", { name: "Start session and timer" }).click();
    await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
    await expect(page.getByText("Timer: Running")).toBeVisible();
    await expect(totalTime(page)).toHaveText(/^0:00:\d\d$/);
    await expect(page.getByText("No billable lines yet.")).toBeVisible();
  });

  await test.step("Then after 31 minutes on the browser's clock the total and the lines follow", async () => {
    for (const [i, step] of ["10:00", "10:00", "11:00"].entries()) {
      await page.clock.fastForward(step);
      await page.mouse.move(200, 200 + i * 20);
    }
    await expect(totalTime(page)).toHaveText(/^0:31:\d\d$/);
    await expect(billingLines(page)).toHaveText(["90839 ×1 · modifier 95 · POS 10"]);
    await expect(page.getByText("44 more minutes reaches 90840 ×1 at 75 minutes in total.")).toBeVisible();
  });

  await test.step("When I pause, the panel shows what the server recorded, not the browser's 31 minutes", async () => {
    await page.clock.setSystemTime(new Date());
    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.getByText("Timer: Paused")).toBeVisible();
    await expect(totalTime(page)).toHaveText(/^0:00:\d\d$/);
    await expect(segmentRows(page)).toHaveCount(1);
    await expect(page.getByLabel("Segment 1 start")).toBeVisible();
  });

  await test.step("And when I resume and stop, there are two segments and none is running", async () => {
    await page.getByRole("button", { name: "Resume" }).click();
    await expect(page.getByText("Timer: Running")).toBeVisible();
    await expect(segmentRows(page).nth(1)).toContainText("running");
    await page.getByRole("button", { name: "Stop" }).click();
    await expect(page.getByText("Timer: Stopped")).toBeVisible();
    await expect(segmentRows(page)).toHaveCount(2);
    await expect(page.getByLabel("Segment 2 end")).toBeVisible();
    await expect(page.getByText("running", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();
  });
});
