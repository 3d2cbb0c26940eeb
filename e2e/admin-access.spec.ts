import { createTestUser, expect, findAuditEvent, signIn, test } from "./fixtures";

const ADMIN_PAGES = ["/admin/users", "/admin/users/new", "/admin/practice", "/admin/audit", "/admin/payers", "/admin/payers/new", "/admin/clients"];

for (const role of ["therapist", "supervisor"] as const) {
  test(`a ${role} gets 404 on every admin page, and each attempt is audited`, async ({ page, admin }) => {
    const user = await createTestUser(role);
    await signIn(page, user);

    for (const path of [...ADMIN_PAGES, `/admin/users/${admin.id}`]) {
      await test.step(`When I open ${path}, it does not exist for me`, async () => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
        await expect(page.getByText(admin.email)).toHaveCount(0);
      });
    }

    await test.step("And the refusals are in the audit trail", async () => {
      const denied = await findAuditEvent((row) => row.action === "auth.access_denied" && row.entityType === "page" && row.actorName === user.name);
      expect(denied).toMatchObject({ outcome: "denied" });
    });
  });
}

test("the audit-chain API answers 403 to a therapist and the verdict to an admin", async ({ page, therapist, admin, signedInPage }) => {
  await test.step("When a therapist calls it, the answer is 403 with no verdict", async () => {
    await signIn(page, therapist);
    const response = await page.request.get("/api/admin/audit-chain", { maxRedirects: 0 });
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: "You do not have access to this." });
  });

  await test.step("When an admin asks for a full check, the chain is verified", async () => {
    const adminPage = await signedInPage(admin);
    const response = await adminPage.request.post("/api/admin/audit-chain?scope=full", { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    const verdict = (await response.json()) as { ok: boolean; rows: number };
    expect(verdict.ok).toBe(true);
    expect(verdict.rows).toBeGreaterThan(0);
  });
});
