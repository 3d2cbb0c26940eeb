import { SIGN_IN_FAILED, expect, signIn, signInError, submitSignIn, test } from "./fixtures";

test("a deactivated therapist loses access at once and cannot sign in again", async ({ page, admin, therapist, signedInPage }) => {
  const therapistPage = await test.step("Given the therapist is signed in in their own browser", () => signedInPage(therapist));

  await test.step("When the admin deactivates them: Users → their name → Deactivate user", async () => {
    await signIn(page, admin);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
    await page.getByRole("link", { name: therapist.name }).click();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Deactivate user" }).click();
    await expect(page.getByRole("button", { name: "Reactivate user" })).toBeVisible();
    await expect(page.getByText("Status: deactivated")).toBeVisible();
  });

  await test.step("Then the therapist's next request takes them to the sign-in page", async () => {
    await therapistPage.reload();
    await expect(therapistPage).toHaveURL((url) => url.pathname === "/login");
    await expect(therapistPage.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });

  await test.step("And the session token they still hold gets 401 from the route handler itself", async () => {
    // The token has not expired, so the proxy lets it through; the handler re-reads the user.
    const response = await therapistPage.request.get("/api/admin/audit-chain", { maxRedirects: 0 });
    expect(response.status()).toBe(401);
  });

  await test.step("And signing in again fails with the one generic message", async () => {
    await submitSignIn(therapistPage, therapist);
    await expect(signInError(therapistPage)).toHaveText(SIGN_IN_FAILED);
    await expect(therapistPage).toHaveURL((url) => url.pathname === "/login");
  });

  await test.step("When the admin reactivates them, they can sign in again", async () => {
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Reactivate user" }).click();
    await expect(page.getByText("Status: active")).toBeVisible();
    await signedInPage(therapist);
  });
});
