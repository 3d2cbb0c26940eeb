import {
  captureCreateUser,
  captureDeactivate,
  captureResetPassword,
  captureUpdateUser,
  interceptPracticeSettings,
} from "./admin-captures";
import { type TestUser, createTestUser, expect, findAuditEvent, practiceSettings, signIn, test, uniqueEmail, userByEmail } from "./fixtures";
import { type ActionResponse, replay, withArgument } from "./server-actions";

/**
 * The admin UI is hidden from therapists, but hiding is not protection: here a therapist sends
 * the exact requests the admin's own forms send (captured from the admin's browser).
 */

async function expectRefused(response: ActionResponse, therapist: TestUser, operation: string): Promise<void> {
  expect(response.status).toBe(200);
  expect(response.text).toContain('"ok":false,"code":"FORBIDDEN","message":"You do not have access to this."');
  const denied = await findAuditEvent((row) => row.action === "auth.access_denied" && row.entityId === operation && row.actorName === therapist.name);
  expect(denied).toMatchObject({ outcome: "denied" });
}

test("creating a user: a therapist is refused and nothing is created", async ({ page, admin, therapist, signedInPage }) => {
  await signIn(page, admin);
  const action = await test.step("Given the request the admin's New user form sends", () => captureCreateUser(page));

  await test.step("When a therapist replays it for a new email, it is refused and no user exists", async () => {
    const email = uniqueEmail("by-therapist");
    const response = await replay((await signedInPage(therapist)).request, action, withArgument(action, { email }));
    await expectRefused(response, therapist, "users.create");
    expect(await userByEmail(email)).toBeUndefined();
  });

  await test.step("But the very same replay from the admin's session works: the refusal is about who asks", async () => {
    const email = uniqueEmail("admin-replay");
    const response = await replay(page.request, action, withArgument(action, { email }));
    expect(response.text).toContain('"ok":true');
    expect(await userByEmail(email)).toMatchObject({ role: "therapist", mustChangePassword: true });
  });
});

test("promoting oneself to admin: a therapist is refused and stays a therapist", async ({ page, admin, therapist, signedInPage }) => {
  await signIn(page, admin);
  const someone = await createTestUser("therapist");
  const action = await test.step("Given the request the admin's user form sends", () => captureUpdateUser(page, someone));

  await test.step("When the therapist replays it on their own account with role admin, it is refused", async () => {
    const body = withArgument(action, { userId: therapist.id, role: "admin", supervisorId: "" });
    const response = await replay((await signedInPage(therapist)).request, action, body);
    await expectRefused(response, therapist, "users.update");
    expect((await userByEmail(therapist.email))?.role).toBe("therapist");
  });
});

test("deactivating a user: a therapist is refused and the user stays active", async ({ page, admin, therapist, signedInPage }) => {
  await signIn(page, admin);
  const [first, second] = [await createTestUser("therapist"), await createTestUser("supervisor")];
  const action = await test.step("Given the request the admin's Deactivate button sends", () => captureDeactivate(page, first));

  await test.step("When a therapist replays it for another user, it is refused and that user stays active", async () => {
    const response = await replay((await signedInPage(therapist)).request, action, withArgument(action, { userId: second.id }));
    await expectRefused(response, therapist, "users.deactivate");
    expect((await userByEmail(second.email))?.active).toBe(true);
  });

  await test.step("But the admin's own replay deactivates that user", async () => {
    await replay(page.request, action, withArgument(action, { userId: second.id }));
    expect((await userByEmail(second.email))?.active).toBe(false);
  });
});

test("resetting a password: a therapist is refused and learns no password", async ({ page, admin, therapist, signedInPage }) => {
  await signIn(page, admin);
  const [first, second] = [await createTestUser("therapist"), await createTestUser("therapist")];
  const action = await test.step("Given the request the admin's Reset password button sends", () => captureResetPassword(page, first));

  await test.step("When a therapist replays it for a colleague, it is refused and the colleague's password stands", async () => {
    const response = await replay((await signedInPage(therapist)).request, action, withArgument(action, { userId: second.id }));
    await expectRefused(response, therapist, "users.reset_password");
    expect(response.text).not.toContain("temporaryPassword");
    expect((await userByEmail(second.email))?.mustChangePassword).toBe(false);
  });
});

test("changing practice settings: a therapist is refused and nothing changes", async ({ page, admin, therapist, signedInPage }) => {
  await signIn(page, admin);
  const before = await practiceSettings();
  const action = await test.step("Given the request the admin's Save settings button would send", () => interceptPracticeSettings(page));

  await test.step("When a therapist sends it with another name and time-out, it is refused", async () => {
    const body = withArgument(action, { name: "Taken Over", idleTimeoutMinutes: 60 });
    const response = await replay((await signedInPage(therapist)).request, action, body);
    await expectRefused(response, therapist, "practice.update_settings");
    expect(await practiceSettings()).toEqual(before);
  });
});
