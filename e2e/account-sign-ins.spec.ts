import { expect, findAuditEvent, signIn, test } from "./fixtures";

test("I see where I am signed in and end another browser's sign-in: its next page load asks it to sign in", async ({ page, therapist, signedInPage }) => {
  // Several users signing in (each a slow password hash) on a shared machine.
  test.slow();
  const elsewhere = await signedInPage(therapist);
  await signIn(page, therapist);

  await test.step("When I open my account, both sign-ins are listed, this one marked", async () => {
    await page.getByRole("link", { name: "Your account" }).click();
    const list = page.getByRole("list", { name: "Your sign-ins" });
    await expect(list.getByRole("listitem")).toHaveCount(2);
    await expect(list.getByRole("listitem").filter({ hasText: "This browser" })).toHaveCount(1);
    await expect(list.getByRole("listitem").first()).toContainText(/Chrome on /);
    await expect(list.getByRole("listitem").first()).toContainText("Started");
  });

  await test.step("When I end the other one", async () => {
    const other = page.getByRole("list", { name: "Your sign-ins" }).getByRole("listitem").filter({ hasNotText: "This browser" });
    await other.getByRole("button", { name: "End this sign-in" }).click();
    await expect(page.getByText("That sign-in has ended: its browser is signed out.")).toBeVisible();
    await expect(page.getByRole("list", { name: "Your sign-ins" }).getByRole("listitem")).toHaveCount(1);
    await expect(page.getByText("You are not signed in anywhere else.")).toBeVisible();
  });

  await test.step("Then the other browser's next page load goes to the sign-in page, and mine goes on", async () => {
    await elsewhere.goto("/");
    await expect(elsewhere).toHaveURL((url) => url.pathname === "/login");
    await page.goto("/");
    await expect(page.getByRole("heading", { name: `Welcome, ${therapist.name}` })).toBeVisible();
    expect(await findAuditEvent((row) => row.action === "account.sign_in_ended" && row.entityId === therapist.id)).toBeDefined();
  });
});

test("ending all other sign-ins keeps only this one", async ({ page, therapist, signedInPage }) => {
  // Three sign-ins of one user, each a slow password hash on a shared machine.
  test.slow();
  const others = [await signedInPage(therapist), await signedInPage(therapist)];
  await signIn(page, therapist);
  await page.goto("/account");
  await page.getByRole("button", { name: "End all other sign-ins" }).click();
  await expect(page.getByText("Every other sign-in has ended.")).toBeVisible();
  for (const other of others) {
    await other.goto("/");
    await expect(other).toHaveURL((url) => url.pathname === "/login");
  }
  await page.reload();
  await expect(page.getByRole("list", { name: "Your sign-ins" }).getByRole("listitem")).toHaveCount(1);
});
