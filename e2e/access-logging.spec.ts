import { auditEventsSince, createTestUser, expect, findAuditEvent, latestAuditSeq, signIn, test } from "./fixtures";
import { setupNote } from "./note-setup";

test("a note opened by URL outside your scope is a 404, and the attempt is audited with the note's id", async ({ therapist, supervisor, signedInPage }) => {
  const { sessionId } = await setupNote(therapist, { segments: [["09:00", "09:40"]], attested: true, sign: true });
  const otherTherapist = await createTestUser("therapist");

  for (const [who, user] of [
    ["another therapist", otherTherapist],
    ["a supervisor who does not supervise its author", supervisor],
  ] as const) {
    await test.step(`When ${who} opens the note by its URL, they get the not-found page`, async () => {
      const page = await signedInPage(user);
      const response = await page.goto(`/sessions/${sessionId}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByText("Robin Client")).toHaveCount(0);
      const printed = await page.goto(`/sessions/${sessionId}/print`);
      expect(printed?.status()).toBe(404);
    });

    await test.step(`Then the audit trail names ${who} and the note`, async () => {
      const denied = await findAuditEvent((row) => row.action === "auth.access_denied" && row.entityId === sessionId && row.actorName === user.name);
      expect(denied).toMatchObject({ entityType: "crisis_session", outcome: "denied" });
    });
  }
});

test("lists, the dashboard and client search are in the audit trail; timer clicks are not new views", async ({ page, therapist }) => {
  const { sessionId } = await setupNote(therapist);
  const mine = (row: { actorName: string | null }) => row.actorName === therapist.name;
  const start = await latestAuditSeq();
  await signIn(page, therapist);

  await test.step("When I open the notes list, filtered to drafts, and search my clients", async () => {
    await page.goto("/sessions?status=draft");
    await expect(page.getByRole("link", { name: /Robin Client/ }).first()).toBeVisible();
    await page.goto("/clients");
    await page.getByRole("searchbox", { name: "Search by name" }).fill("robin");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("table", { name: "Your clients" }).getByRole("link", { name: "Robin Client" })).toBeVisible();
  });

  await test.step("Then each is logged with filters and counts, never the name I searched for", async () => {
    // The search answers in place (the list looks the same with one client): wait for its row.
    await expect.poll(async () => (await auditEventsSince(start, mine)).some((row) => row.action === "clients.searched")).toBe(true);
    const rows = await auditEventsSince(start, mine);
    const actions = rows.map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(["dashboard.viewed", "notes.listed", "clients.listed", "clients.searched"]));
    const listed = rows.find((row) => row.action === "notes.listed");
    expect(JSON.parse(listed?.detail ?? "{}")).toMatchObject({ status: "draft", shown: 1, total: 1 });
    const searched = rows.find((row) => row.action === "clients.searched");
    expect(JSON.parse(searched?.detail ?? "{}")).toEqual({ searchLength: 5, shown: 1 });
    expect(rows.map((row) => row.detail).join(" ")).not.toMatch(/robin/i);
  });

  await test.step("When I open the note and click the timer five times in a row", async () => {
    const opened = await latestAuditSeq();
    await page.goto(`/sessions/${sessionId}`);
    await expect(page.getByText("Timer: Not started")).toBeVisible();
    const views = async () => (await auditEventsSince(opened, (row) => mine(row) && row.action === "note.viewed" && row.entityId === sessionId)).length;
    expect(await views()).toBe(1);
    for (const [button, state] of [
      ["Start timer", "Running"],
      ["Pause", "Paused"],
      ["Resume", "Running"],
      ["Pause", "Paused"],
      ["Resume", "Running"],
    ] as const) {
      await page.getByRole("button", { name: button }).click();
      await expect(page.getByText(`Timer: ${state}`)).toBeVisible();
    }
    await expect.poll(async () => (await auditEventsSince(opened, (row) => row.action.startsWith("segment.") && row.entityId === sessionId)).length).toBe(5);
    expect(await views()).toBe(1);
  });
});

test("a note listed on the dashboard or the notes list is logged as viewed only when it is opened, not when its link is prefetched", async ({ page, therapist }) => {
  const { sessionId } = await setupNote(therapist, { segments: [["09:00", "09:40"]], attested: true, sign: true });
  const start = await latestAuditSeq();
  const viewsOfNote = async () => (await auditEventsSince(start, (row) => row.actorName === therapist.name && row.action === "note.viewed" && row.entityId === sessionId)).length;
  await signIn(page, therapist);

  await test.step("When I see the note on the dashboard and on the notes list, and rest the pointer on its link", async () => {
    for (const [path, name] of [
      ["/", "Robin Client"],
      ["/sessions", /Open note for Robin Client/],
    ] as const) {
      await page.goto(path);
      const link = page.getByRole("link", { name }).first();
      await expect(link).toHaveAttribute("href", `/sessions/${sessionId}`);
      await link.hover();
      // Whatever the router prefetches for a visible or hovered link has been fetched by then.
      await page.waitForLoadState("networkidle");
    }
  });

  await test.step("Then no view of the note is logged", async () => {
    expect(await viewsOfNote()).toBe(0);
  });

  await test.step("When I open it, one view is logged", async () => {
    await page.getByRole("link", { name: /Open note for Robin Client/ }).first().click();
    await expect(page).toHaveURL(new RegExp(`/sessions/${sessionId}$`));
    await expect.poll(viewsOfNote).toBe(1);
  });
});
