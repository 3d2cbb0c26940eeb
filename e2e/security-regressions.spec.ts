import type { APIResponse } from "@playwright/test";
import { throttleRulesFrom } from "@/lib/auth/throttle";
import { PEER_ADDRESS_HEADER } from "@/lib/auth/client-ip";
import { auditEventsSince, expect, fillSignIn, latestAuditSeq, signIn, signInError, submitSignIn, test, uniqueEmail, userByEmail } from "./fixtures";
import { RawClient, randomLoopbackAddress, signInErrorOf } from "./raw-http";
import { interceptServerAction, replay } from "./server-actions";

// Written as the attacker would try it. Revoked sign-in cookies (after sign-out, a password change,
// an admin reset) are replayed in sign-in-revocation.spec.ts.

const LOCKED_MESSAGE = /^This account is locked after too many failed sign-ins\. You can try again after .+ \(in about 1[45] minutes\), or ask your practice admin to reset your password\.$/;

test("20 guesses sent at once, then the right password: the account locks and is never signed in", async ({ page, baseURL, therapist }) => {
  const attacker = new RawClient(baseURL ?? "", randomLoopbackAddress());
  const csrfToken = await attacker.csrfToken();

  const guesses = await test.step("When an attacker sends 20 wrong passwords at once", () =>
    Promise.all(Array.from({ length: 20 }, (_, i) => attacker.signIn({ email: therapist.email, password: `guess-${i}` }, csrfToken))),
  );

  const rightPassword = await test.step("And then the right one", () => attacker.signIn(therapist, csrfToken));

  await test.step("Then every answer is a refusal, no sign-in cookie was ever set, and the account is locked", async () => {
    expect([...guesses, rightPassword].map((response) => response.status)).toEqual(Array.from({ length: 21 }, () => 401));
    expect(attacker.hasSignInCookie()).toBe(false);
    expect(signInErrorOf(rightPassword)).toMatch(/^Locked:\d+$/);
    const session = await attacker.send("GET", "/api/auth/session");
    expect(JSON.parse(session.body)).not.toHaveProperty("user");
    expect((await userByEmail(therapist.email))?.locked).toBe(true);
  });

  await test.step("And the real user, signing in, is told the account is locked and until when", async () => {
    await submitSignIn(page, therapist);
    await expect(signInError(page)).toHaveText(LOCKED_MESSAGE);
    await expect(page).toHaveURL((url) => url.pathname === "/login");
  });
});

test("one address over its budget of failed sign-ins gets 429 with Retry-After, audited, and the form says when to retry", async ({ page, baseURL }) => {
  const { limit } = throttleRulesFrom(process.env).perAddress;
  const attacker = new RawClient(baseURL ?? "", randomLoopbackAddress());
  const csrfToken = await attacker.csrfToken();
  const seq = await latestAuditSeq();

  const answers = await test.step(`When one address sends ${limit + 5} sign-ins for made-up accounts at once`, () =>
    Promise.all(Array.from({ length: limit + 5 }, () => attacker.signIn({ email: uniqueEmail("spray"), password: "Summer2026!" }, csrfToken))),
  );

  await test.step(`Then exactly ${limit} are checked and the rest are refused with 429 and a Retry-After`, async () => {
    expect(answers.filter((answer) => answer.status === 401)).toHaveLength(limit);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused).toHaveLength(5);
    for (const answer of refused) {
      expect(Number(answer.headers["retry-after"])).toBeGreaterThan(0);
      expect(signInErrorOf(answer)).toMatch(/^TooManyAttempts:\d+$/);
    }
    const audited = await auditEventsSince(seq, (row) => row.action === "auth.sign_in_throttled" && row.ip === attacker.localAddress);
    expect(audited).toHaveLength(5);
    expect(audited[0]).toMatchObject({ outcome: "denied" });
  });

  await test.step("And a browser on that network is told plainly when it can try again", async () => {
    // The browser's own requests come from 127.0.0.1: its sign-in is sent on from the throttled address.
    await page.route("**/api/auth/callback/credentials", async (route) => {
      const answer = await attacker.send("POST", "/api/auth/callback/credentials", {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: route.request().postData() ?? "",
      });
      await route.fulfill({ status: answer.status, headers: { "content-type": "application/json" }, body: answer.body });
    });
    await submitSignIn(page, { email: uniqueEmail("office"), password: "a-password-long-enough" });
    await expect(signInError(page)).toHaveText(/^Too many failed sign-ins from this network\. Sign-in is paused; you can try again after .+ \(in about \d+ minutes?\)\.$/);
  });
});

for (const vector of ["/.//evil.invalid", "/%2e//evil.invalid", "/a/..//evil.invalid"]) {
  test(`a sign-in from /login?callbackUrl=${vector} stays on this site`, async ({ page, baseURL, therapist }) => {
    await page.goto(`/login?callbackUrl=${vector}`);
    await fillSignIn(page, therapist);
    await expect(page.getByRole("heading", { name: `Welcome, ${therapist.name}` })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? "").origin);
  });
}

test("oversized, deeply nested and malformed server-action bodies get 413/400 with a message, never 500", async ({ page, therapist }) => {
  await signIn(page, therapist);
  const action = await test.step("Given the request the change-password form sends", async () => {
    await page.goto("/account/password");
    const form = page.getByRole("form", { name: "Change password" });
    return interceptServerAction(page, async () => {
      await form.getByLabel("Current password").fill(therapist.password);
      await form.getByLabel(/^New password/).fill("a-new-password-for-today");
      await form.getByLabel("Repeat new password").fill("a-new-password-for-today");
      await form.getByRole("button", { name: "Change password" }).click();
    });
  });

  const field = (value: string) => JSON.stringify([{ currentPassword: value, newPassword: "x", confirmPassword: "x" }]);
  const cases = [
    { name: "a body over 1 MB", body: field("x".repeat(1_100_000)), status: 413, message: /too large: the limit is 1 MB/ },
    { name: "5,000 levels of nesting", body: `${"[".repeat(5000)}${"]".repeat(5000)}`, status: 400, message: /nested too deeply/ },
    { name: "broken JSON", body: '[{"currentPassword":', status: 400, message: /malformed/ },
  ];
  for (const { name, body, status, message } of cases) {
    await test.step(`When it is sent with ${name}, the answer is ${status} and says why`, async () => {
      const response = await replay(page.request, action, body);
      expect(response.status).toBe(status);
      expect(response.text).toMatch(message);
    });
  }

  await test.step("And a multipart body with a broken row is refused the same way", async () => {
    const response = await page.request.post(action.url, {
      headers: { "next-action": action.headers["next-action"] ?? "", accept: "text/x-component" },
      multipart: { "0": '[{"currentPassword":' },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
  });
});

test("a forged X-Forwarded-For (or our own peer header) never reaches the audit trail", async ({ request, therapist }) => {
  const seq = await latestAuditSeq();
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const forged = { "x-forwarded-for": "203.0.113.66", "x-real-ip": "203.0.113.67", [PEER_ADDRESS_HEADER]: "203.0.113.68" };
  const response = await request.post("/api/auth/callback/credentials", {
    headers: forged,
    form: { email: therapist.email, password: "not-the-password", csrfToken: csrf.csrfToken, json: "true" },
  });
  expect(response.status()).toBe(401);
  const [failure] = await auditEventsSince(seq, (row) => row.action === "auth.sign_in_failed" && row.entityId === therapist.id);
  expect(failure?.ip).toBe("127.0.0.1");
});

test("every HTML page carries a CSP with a fresh nonce, and every script in it has that nonce", async ({ page, request, therapist }) => {
  const nonceOf = (policy: string | undefined) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? "")?.[1];

  const expectNoncedPage = async (response: APIResponse) => {
    const policy = response.headers()["content-security-policy"];
    expect(policy).toContain("'strict-dynamic'");
    const nonce = nonceOf(policy);
    expect(nonce).toBeTruthy();
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    // Served over plain http here: no HSTS (it is sent when NEXTAUTH_URL is https).
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
    return nonce;
  };

  await test.step("the sign-in page, signed out, with a new nonce for each response", async () => {
    const first = await expectNoncedPage(await request.get("/login"));
    const second = await expectNoncedPage(await request.get("/login"));
    expect(second).not.toBe(first);
  });

  await test.step("the dashboard and the page-not-found page, signed in", async () => {
    await signIn(page, therapist);
    await expectNoncedPage(await page.request.get("/"));
    const missing = await page.request.get("/a-page-that-does-not-exist");
    expect(missing.status()).toBe(404);
    await expectNoncedPage(missing);
  });
});
