import { randomUUID } from "node:crypto";
import { expect, signIn, test, userByEmail, usersNamed } from "./fixtures";
import { captureServerAction, replay, withArgument } from "./server-actions";

test("an admin adds a supervised therapist, who signs in with the temporary password and starts work", async ({
  page,
  admin,
  supervisor,
  separatePage,
}) => {
  const suffix = randomUUID().slice(0, 8);
  const [email, name] = [`noa-${suffix}@e2e.test`, `Noa Newcomer ${suffix}`];
  await signIn(page, admin);

  const temporaryPassword = await test.step("When I add a therapist with a supervisor: Users → Add user", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
    await page.getByRole("link", { name: "Add user" }).click();
    const form = page.getByRole("form", { name: "New user" });
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Full name").fill(name);
    await form.getByLabel("Role").selectOption({ label: "Therapist" });
    await form.getByLabel("Credentials").fill("LCSW");
    await form.getByLabel("NPI").fill("1234567893");
    await form.getByLabel("Supervisor").selectOption({ label: supervisor.name });
    await form.getByRole("button", { name: "Create user" }).click();
    const shown = page.getByLabel("Temporary password");
    await expect(shown).toHaveText(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    return (await shown.innerText()).trim();
  });

  await test.step("Then the list shows them under their supervisor, with a temporary password", async () => {
    await page.getByRole("link", { name: "Back to users" }).click();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name }) });
    await expect(row).toContainText(supervisor.name);
    await expect(row).toContainText("Active · temporary password");
  });

  await test.step("And the temporary password is not shown again", async () => {
    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    await expect(page.getByText(temporaryPassword)).toHaveCount(0);
  });

  const therapistPage = await separatePage();
  await test.step("When the therapist signs in with it, they must choose their own password", async () => {
    await therapistPage.goto("/login");
    const signInForm = therapistPage.getByRole("form", { name: "Sign in" });
    await signInForm.getByLabel("Email").fill(email);
    await signInForm.getByLabel("Password").fill(temporaryPassword);
    await signInForm.getByRole("button", { name: "Sign in" }).click();
    await expect(therapistPage).toHaveURL((url) => url.pathname === "/account/password");
    const form = therapistPage.getByRole("form", { name: "Change password" });
    await form.getByLabel("Current password").fill(temporaryPassword);
    await form.getByLabel("New password (required)", { exact: true }).fill("noa-chose-this-password");
    await form.getByLabel("Repeat new password").fill("noa-chose-this-password");
    await form.getByRole("button", { name: "Change password" }).click();
  });

  await test.step("Then they are taken on to their empty dashboard", async () => {
    await expect(therapistPage).toHaveURL((url) => url.pathname === "/");
    await expect(therapistPage.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
    await expect(therapistPage.getByText("No crisis sessions yet.")).toBeVisible();
  });
});

test("the user form shows field errors from the shared schema, and nothing is created", async ({ page, admin, therapist }) => {
  const name = `Duplicate Dana ${randomUUID().slice(0, 8)}`;
  await signIn(page, admin);
  await page.goto("/admin/users/new");
  const form = page.getByRole("form", { name: "New user" });
  const actionRequests: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-action"]) actionRequests.push(request.url());
  });

  await test.step("When I submit a malformed email, no name and a bad NPI, the browser shows each error", async () => {
    await form.getByLabel("Email").fill("not-an-email");
    await form.getByLabel("NPI").fill("1234567890");
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(form.getByLabel("Email")).toHaveAccessibleDescription(/Enter a valid email address, like name@practice\.org\./);
    await expect(form.getByLabel("Full name")).toHaveAccessibleDescription("Enter a name.");
    await expect(form.getByLabel("NPI")).toHaveAccessibleDescription(/An NPI is 10 digits with a valid check digit\./);
    await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    expect(actionRequests).toEqual([]);
  });

  const action = await test.step("When I use an email that already exists, the server says so on the field", async () => {
    await form.getByLabel("Email").fill(therapist.email.toUpperCase());
    await form.getByLabel("Full name").fill(name);
    await form.getByLabel("NPI").fill("");
    const captured = await captureServerAction(page, async () => form.getByRole("button", { name: "Create user" }).click());
    await expect(form.getByLabel("Email")).toHaveAccessibleDescription(/A user with this email already exists\./);
    return captured;
  });

  await test.step("And the server checks the same schema when the browser is bypassed", async () => {
    const body = withArgument(action, { email: "not-an-email", name: "x".repeat(10_000), npi: "1234567890" });
    const response = await replay(page.request, action, body);
    expect(response.text).toContain('"code":"VALIDATION"');
    expect(response.text).toContain("Enter a valid email address, like name@practice.org.");
    expect(response.text).toContain("Names are at most 120 characters.");
    expect(response.text).toContain("An NPI is 10 digits with a valid check digit.");
  });

  await test.step("Then nothing was created and the existing user is untouched", async () => {
    expect(await usersNamed(name)).toEqual([]);
    expect(await usersNamed("x".repeat(10_000))).toEqual([]);
    expect((await userByEmail(therapist.email))?.name).toBe(therapist.name);
  });
});

test("the audit log lists what happened and passes its integrity check", async ({ page, admin }) => {
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await page.getByRole("button", { name: "Re-verify the whole chain" }).click();
  await expect(page.getByText(/^Integrity check passed: all \d+ entries are intact and in order\.$/)).toBeVisible();
  const mySignIn = page.getByRole("row").filter({ hasText: admin.name }).filter({ hasText: "auth.sign_in" });
  await expect(mySignIn.first()).toBeVisible();
});
