import {
  SIGN_IN_FAILED,
  createTestUser,
  expect,
  findAuditEvent,
  resetPasswordAsAdmin,
  signIn,
  signInError,
  submitSignIn,
  test,
  uniqueEmail,
  userByEmail,
} from "./fixtures";

// A lockout is not a wrong password: it says so, and when the account can be used again.
const LOCKED = /^This account is locked after too many failed sign-ins\. You can try again after .+ \(in about 1[45] minutes\), or ask your practice admin to reset your password\.$/;

for (const role of ["therapist", "supervisor", "admin"] as const) {
  test(`${role === "admin" ? "an" : "a"} ${role} signs in and lands on the dashboard with their name`, async ({ page }) => {
    const user = await createTestUser(role);

    await test.step("When I sign in with my email and password", () => submitSignIn(page, user));

    await test.step("Then the dashboard greets me by name; only an admin has the admin pages", async () => {
      await expect(page).toHaveURL((url) => url.pathname === "/");
      await expect(page.getByRole("heading", { name: `Welcome, ${user.name}` })).toBeVisible();
      await expect(page.getByRole("banner").getByText(user.name)).toBeVisible();
      const usersLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" });
      await expect(usersLink).toHaveCount(role === "admin" ? 1 : 0);
      if (role !== "admin") await expect(page.getByText("No crisis sessions yet.")).toBeVisible();
    });
  });
}

test("signing out returns to the sign-in page and the dashboard is then out of reach", async ({ page, therapist }) => {
  await signIn(page, therapist);

  await test.step("When I sign out", () => page.getByRole("button", { name: "Sign out" }).click());

  await test.step("Then I am on the sign-in page and told so", async () => {
    await expect(page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("reason") === "signed_out");
    await expect(page.getByText("You are signed out.")).toBeVisible();
    expect(await findAuditEvent((row) => row.action === "auth.sign_out" && row.entityId === therapist.id)).toBeDefined();
  });

  await test.step("And the dashboard sends me back to sign in", async () => {
    await page.goto("/");
    await expect(page).toHaveURL((url) => url.pathname === "/login");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });
});

test("a wrong password and an unknown email get the very same message", async ({ page, therapist }) => {
  const wrongPassword = await test.step("When I sign in with a wrong password", async () => {
    await submitSignIn(page, { email: therapist.email, password: "not-the-password" });
    await expect(signInError(page)).toBeVisible();
    return signInError(page).innerText();
  });

  const unknownEmail = await test.step("And when I sign in with an email nobody has", async () => {
    await submitSignIn(page, { email: uniqueEmail("nobody"), password: therapist.password });
    await expect(signInError(page)).toBeVisible();
    return signInError(page).innerText();
  });

  await test.step("Then both say the same generic thing and I stay on the sign-in page", async () => {
    expect(wrongPassword).toBe(SIGN_IN_FAILED);
    expect(unknownEmail).toBe(wrongPassword);
    await expect(page).toHaveURL((url) => url.pathname === "/login");
  });
});

test("after 5 wrong passwords even the right one is refused, and I am told the account is locked until when", async ({ page, therapist }) => {
  await test.step("Given I mistype my password 4 times, each time with the generic message", async () => {
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await submitSignIn(page, { email: therapist.email, password: `wrong-password-${attempt}` });
      await expect(signInError(page)).toHaveText(SIGN_IN_FAILED);
    }
  });

  await test.step("When I mistype it a 5th time, I am told the account is now locked, and until when", async () => {
    await submitSignIn(page, { email: therapist.email, password: "wrong-password-5" });
    await expect(signInError(page)).toHaveText(LOCKED);
  });

  await test.step("Then even the right password is refused with the lockout message; the lockout is audited", async () => {
    await submitSignIn(page, therapist);
    await expect(signInError(page)).toHaveText(LOCKED);
    await expect(page).toHaveURL((url) => url.pathname === "/login");
    expect((await userByEmail(therapist.email))?.locked).toBe(true);
    expect(await findAuditEvent((row) => row.action === "auth.lockout" && row.entityId === therapist.id)).toBeDefined();
  });
});

test("after an admin resets my password I must choose my own before anything else", async ({ page, admin, therapist, signedInPage }) => {
  const temporaryPassword = await test.step("Given the admin resets my password", async () => {
    return resetPasswordAsAdmin(await signedInPage(admin), therapist.id);
  });

  await test.step("When I sign in with the temporary password, I am sent to change it", async () => {
    await submitSignIn(page, { email: therapist.email, password: temporaryPassword });
    await expect(page).toHaveURL((url) => url.pathname === "/account/password");
    await expect(page.getByText("You signed in with a temporary password.")).toBeVisible();
  });

  await test.step("And every other page sends me back there until I do", async () => {
    for (const path of ["/admin/users", "/"]) {
      await page.goto(path);
      await expect(page).toHaveURL((url) => url.pathname === "/account/password");
    }
  });

  const newPassword = "my-own-new-password";
  await test.step("When I choose my own password", async () => {
    const form = page.getByRole("form", { name: "Change password" });
    await form.getByLabel("Current password").fill(temporaryPassword);
    await form.getByLabel("New password (required)", { exact: true }).fill(newPassword);
    await form.getByLabel("Repeat new password").fill(newPassword);
    await form.getByRole("button", { name: "Change password" }).click();
  });

  await test.step("Then I am taken on to the dashboard I was going to, and the new password is the one that works", async () => {
    await expect(page).toHaveURL((url) => url.pathname === "/");
    await expect(page.getByRole("heading", { name: `Welcome, ${therapist.name}` })).toBeVisible();
    expect((await userByEmail(therapist.email))?.mustChangePassword).toBe(false);
  });
});
