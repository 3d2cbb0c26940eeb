import { setUserActive } from "@/db/users";
import { captureCreateUser } from "./admin-captures";
import { expect, fillSignIn, firstAdminContext, signIn, test, uniqueEmail, userByEmail } from "./fixtures";
import { replay, withArgument } from "./server-actions";

const PROTECTED_PAGES = ["/", "/account/password", "/admin/users", "/admin/users/new", "/admin/practice", "/admin/audit", "/admin/payers", "/admin/clients", "/review"];

const toSignIn = (from: string) => (url: URL) => url.pathname === "/login" && url.searchParams.get("callbackUrl") === from;

test("a signed-out visitor is sent to sign in from every protected page", async ({ page, therapist }) => {
  for (const path of [...PROTECTED_PAGES, `/admin/users/${therapist.id}`]) {
    await test.step(`${path} leads to the sign-in page`, async () => {
      await page.goto(path);
      await expect(page).toHaveURL(toSignIn(path));
      await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    });
  }

  await test.step("And signing in there leads back to the page I asked for", async () => {
    await page.goto("/account/password");
    await expect(page).toHaveURL(toSignIn("/account/password"));
    await fillSignIn(page, therapist);
    await expect(page).toHaveURL((url) => url.pathname === "/account/password");
    await expect(page.getByRole("heading", { name: "Change password" })).toBeVisible();
  });
});

test("the audit-chain API redirects a signed-out caller to sign in and reveals nothing", async ({ request }) => {
  const response = await request.get("/api/admin/audit-chain", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toBe("/login?callbackUrl=%2Fapi%2Fadmin%2Faudit-chain");
  expect(await response.text()).not.toContain('"ok"');
});

test("an admin server action replayed without a valid session changes nothing", async ({ page, admin, request, therapist, signedInPage }) => {
  await signIn(page, admin);
  const action = await test.step("Given the request the admin's New user form sends", () => captureCreateUser(page));

  await test.step("When it is replayed without cookies, the proxy sends it to sign in", async () => {
    const email = uniqueEmail("no-cookies");
    const response = await replay(request, action, withArgument(action, { email }));
    expect(response.status).toBe(307);
    expect(response.location).toBe("/login?callbackUrl=%2Fadmin%2Fusers%2Fnew");
    expect(await userByEmail(email)).toBeUndefined();
  });

  await test.step("When it is posted to a page the proxy lets through (/login), the action does not run", async () => {
    const email = uniqueEmail("unguarded-path");
    const response = await replay(request, { ...action, url: new URL("/login", action.url).href }, withArgument(action, { email }));
    expect(response.text).not.toContain('"ok"');
    expect(await userByEmail(email)).toBeUndefined();
  });

  await test.step("When it comes with the unexpired token of a deactivated user, the action itself says UNAUTHENTICATED", async () => {
    const therapistPage = await signedInPage(therapist);
    await setUserActive(await firstAdminContext(), { userId: therapist.id, active: false });
    const email = uniqueEmail("stale-token");
    const response = await replay(therapistPage.request, action, withArgument(action, { email }));
    expect(response.text).toContain('"ok":false,"code":"UNAUTHENTICATED","message":"Your session has ended. Please sign in again."');
    expect(await userByEmail(email)).toBeUndefined();
  });
});
