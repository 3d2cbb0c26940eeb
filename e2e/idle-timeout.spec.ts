import type { Page } from "@playwright/test";
import { type TestUser, expect, signIn, test } from "./fixtures";

/** Signed in with Playwright's clock driving the page's timers and Date (the server keeps real time). */
async function signInWithFakeClock(page: Page, user: TestUser) {
  await page.clock.install();
  await signIn(page, user);
  // The guard records activity when it mounts; moving the clock before that would start it late.
  await page.waitForFunction(() => window.localStorage.getItem("crisisnote:last-activity") !== null);
  return page.getByRole("alertdialog", { name: "Are you still there?" });
}

test("an idle user is warned a minute before the time-out, and then signed out", async ({ page, therapist }) => {
  const warning = await signInWithFakeClock(page, therapist);

  await test.step("After 14 minutes without activity I am asked whether I am still there", async () => {
    await page.clock.fastForward("14:05");
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(/signed out in \d+ seconds/);
  });

  await test.step("Moving the pointer does not dismiss the question: the countdown goes on", async () => {
    const shown = (await warning.innerText()).match(/in (\d+) seconds/)?.[1];
    await page.mouse.move(20, 20);
    await page.mouse.move(400, 300);
    await expect(warning).not.toContainText(`in ${shown} seconds`);
    await expect(warning).toBeVisible();
  });

  await test.step("'Stay signed in' closes the warning and starts the 15 minutes again", async () => {
    await warning.getByRole("button", { name: "Stay signed in" }).click();
    await expect(warning).toBeHidden();
    // 28 minutes after sign-in I am still signed in: only the warning is back.
    await page.clock.fastForward("14:05");
    await expect(warning).toBeVisible();
  });

  await test.step("When the time-out passes, I am signed out and told why", async () => {
    await page.clock.fastForward("01:00");
    await expect(page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("reason") === "idle");
    await expect(page.getByText("You were signed out after a period of inactivity.")).toBeVisible();
  });

  await test.step("And the dashboard now asks me to sign in", async () => {
    await page.goto("/");
    await expect(page).toHaveURL((url) => url.pathname === "/login");
  });
});

test("'Sign out now' in the warning signs me out at once", async ({ page, therapist }) => {
  const warning = await signInWithFakeClock(page, therapist);
  await page.clock.fastForward("14:05");
  await warning.getByRole("button", { name: "Sign out now" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("reason") === "signed_out");
  await page.goto("/");
  await expect(page).toHaveURL((url) => url.pathname === "/login");
});
