import type { Page } from "@playwright/test";
import { DateTime } from "luxon";
import { createClient } from "@/db/clients";
import { createPayer } from "@/db/payers";
import { MIDNIGHT_POLICIES, RULE_SETS } from "@/lib/billing/payer";
import { SUPERVISED_NPI_POLICIES } from "@/lib/billing/supervised-npi";
import { createPayerSchema } from "@/lib/validation/payer";
import { completeNote, completeSafetyPlan } from "@/lib/notes/test-support";
import { expectNoSeriousViolations } from "./axe";
import { type TestUser, actorOf, createTestUser, expect, firstAdminContext, signIn, test } from "./fixtures";
import { setupNote } from "./note-setup";

// Every page the journeys visit, for every role: zero serious or critical axe violations.
// Each page is checked once it has rendered its main heading.

async function checkPages(page: Page, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    await test.step(`axe: ${path}`, async () => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(400);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      await expectNoSeriousViolations(page, path);
    });
  }
}

// axe reads every node of a page: the long note page alone takes several seconds on a busy machine.
test.describe.configure({ timeout: 240_000 });

const followUp = () => DateTime.now().plus({ days: 3 }).toISODate() ?? "";

test("the therapist's pages: dashboard, sessions, a draft and a signed note, its print view, clients, codes, account", async ({ page, therapist }) => {
  const draft = await setupNote(therapist, { segments: [["09:00", "09:50"]] });
  const signed = await setupNote(therapist, {
    clientId: draft.clientId,
    segments: [["13:00", "13:40"]],
    note: completeNote({ riskLevel: "moderate", safetyPlan: completeSafetyPlan(), followUp: { plan: "Call tomorrow", date: followUp() } }),
    attested: true,
    sign: true,
  });
  await signIn(page, therapist);
  await expectNoSeriousViolations(page, "dashboard");
  await checkPages(page, [
    "/sessions",
    "/sessions/new",
    `/sessions/${draft.sessionId}`,
    `/sessions/${draft.sessionId}/print`,
    `/sessions/${signed.sessionId}`,
    `/sessions/${signed.sessionId}/print`,
    "/clients",
    "/clients/new",
    `/clients/${draft.clientId}`,
    `/clients/${draft.clientId}/edit`,
    "/codes",
    "/codes?q=crisis",
    "/codes/90839",
    "/codes/90834",
    "/account/password",
  ]);
});

test("the supervisor's pages: the review queue and a note to review", async ({ page, supervisor }) => {
  const supervisee: TestUser = await createTestUser("therapist", { supervisorId: supervisor.id });
  const { sessionId } = await setupNote(supervisee, { segments: [["09:00", "09:40"]], note: completeNote({ followUp: { plan: "Call", date: followUp() } }), attested: true, sign: true });
  await signIn(page, supervisor);
  await expectNoSeriousViolations(page, "supervisor dashboard");
  await checkPages(page, ["/review", `/review/${sessionId}`, "/sessions"]);
});

test("the admin's pages: users, payers, clients, billing, audit log, practice settings", async ({ page, admin, therapist }) => {
  const client = await createClient(await actorOf(therapist), { name: "Axe Client", dateOfBirth: "1979-05-06", externalId: null });
  // A billed day, so the billing page draws its chart as well as its table.
  await setupNote(therapist, { clientId: client.id, segments: [["09:00", "09:40"]], note: completeNote({ followUp: { plan: "Call", date: followUp() } }), attested: true, sign: true });
  const payer = createPayerSchema.parse({
    name: `Axe Payer ${admin.id.slice(0, 6)}`,
    ruleSet: RULE_SETS[0],
    videoModifier: "",
    audioOnlyModifier: "",
    nonOfficeCrisisSites: "",
    midnight: MIDNIGHT_POLICIES[0],
    claimsPayerId: "",
    supervisedNpi: SUPERVISED_NPI_POLICIES[0],
  });
  const { payerId } = await createPayer(await firstAdminContext(), payer);
  await signIn(page, admin);
  await expectNoSeriousViolations(page, "admin dashboard");
  await checkPages(page, [
    "/admin/users",
    "/admin/users/new",
    `/admin/users/${therapist.id}`,
    "/admin/payers",
    "/admin/payers/new",
    `/admin/payers/${payerId}`,
    "/admin/clients",
    `/admin/clients/${client.id}`,
    "/admin/billing",
    "/admin/audit",
    "/admin/practice",
  ]);
});

test("the signed-out pages: sign-in", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expectNoSeriousViolations(page, "login");
});
