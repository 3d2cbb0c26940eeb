import { describe, expect, it } from "vitest";
import { auditActionLabel } from "@/lib/audit/labels";
import { MAX_SORTABLE_ROWS } from "@/lib/audit/report-query";
import { sortAuditRows } from "@/lib/audit/sort";
import { type AuditLogRow, checkAuditChain, exportAuditEvents, listAuditEvents, recordAuditExport } from "./audit-log";
import { getClient } from "./clients";
import { checkDatabase } from "./health";
import { signInWithPassword } from "./sign-in";
import { asActor, auditRowsSince, clinic, contextOf, draftFor, lastSeq, writeAudit } from "./test-support";
import { changeOwnPassword, resetPassword } from "./users";

describe("the audit log for admins", () => {
  it("lists newest first with the actor's name, and verifies the chain", async () => {
    const { db, admin } = await clinic();
    const { rows, hasOlder, hasNewer } = await listAuditEvents(admin);
    const total = await lastSeq(db);
    expect([rows.length, hasOlder, hasNewer]).toEqual([total, false, false]);
    expect(rows[0]).toMatchObject({ seq: total, action: "user.created", actorName: "Ada Admin" });
    expect(rows.at(-1)).toMatchObject({ seq: 1, action: "practice.setup", actorName: "Ada Admin" });
    expect(await checkAuditChain(admin)).toMatchObject({ ok: true, rows: total });
  });

  it("is refused to clinicians, and the refusal is itself audited", async () => {
    const { db, supervisor } = await clinic();
    const before = await lastSeq(db);
    await expect(listAuditEvents(supervisor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(checkAuditChain(supervisor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await auditRowsSince(db, before)).map((r) => r.entityId)).toEqual(["audit.list", "audit.verify"]);
  });

  it("pages by position in the chain, both ways, without counting the log", async () => {
    const { db, admin } = await clinic();
    for (let i = 0; i < 120; i += 1) await writeAudit(admin, { action: "note.viewed", entityType: "crisis_session", entityId: `n${i}` });
    const total = await lastSeq(db);
    const first = await listAuditEvents(admin);
    expect([first.rows.length, first.rows[0]?.seq, first.hasNewer, first.hasOlder]).toEqual([50, total, false, true]);
    const second = await listAuditEvents(admin, { before: first.rows.at(-1)?.seq });
    expect([second.rows[0]?.seq, second.hasNewer, second.hasOlder]).toEqual([total - 50, true, true]);
    const back = await listAuditEvents(admin, { after: second.rows[0]?.seq });
    expect(back.rows.map((r) => r.seq)).toEqual(first.rows.map((r) => r.seq));
    expect(back.hasNewer).toBe(false);
  });

  it("health answers through the same door", async () => {
    const { db } = await clinic();
    expect(await checkDatabase({ db })).toBe(true);
  });
});

const collect = async (batches: AsyncGenerator<AuditLogRow[]>) => {
  const rows: AuditLogRow[] = [];
  for await (const batch of batches) rows.push(...batch);
  return rows;
};

describe("the audit report's filters", () => {
  it("a user's rows include an admin's reset of their password, next to the sign-ins that followed, by name", async () => {
    const { db, admin, therapist } = await clinic();
    const tess = therapist.actor;
    const { temporaryPassword } = await resetPassword(admin, tess.id);
    await signInWithPassword({ db, actor: null, ip: null }, { email: tess.email, password: temporaryPassword });
    await changeOwnPassword(asActor(await contextOf(db, tess.id)), { currentPassword: temporaryPassword, newPassword: "tess-chose-this-one", confirmPassword: "tess-chose-this-one" });
    const { rows } = await listAuditEvents(admin, { user: tess.id, dir: "asc" });
    expect(rows.map((r) => [r.action, r.actorName, r.subjectName])).toEqual([
      ["user.created", "Ada Admin", "tess"],
      ["user.password_reset", "Ada Admin", "tess"],
      ["auth.sign_in", "tess", "tess"],
      ["user.password_changed", "tess", "tess"],
    ]);
  });

  it("a client's rows include those about their crisis sessions, with the client's name resolved", async () => {
    const { admin, therapist, other } = await clinic();
    const { clientId, sessionId } = await draftFor(therapist);
    await draftFor(other);
    await getClient(admin, clientId);
    const report = await listAuditEvents(admin, { client: clientId, dir: "asc" });
    expect(report.clientName).toBe("Robin Client");
    expect(report.rows.map((r) => [r.action, r.entityType, r.subjectName, r.clientId])).toEqual([
      ["client.created", "client", "Robin Client", clientId],
      ["note.created", "crisis_session", "Robin Client", clientId],
      ["client.viewed", "client", "Robin Client", clientId],
    ]);
    expect(report.rows[1]?.entityId).toBe(sessionId);
  });

  it("filters by action, outcome and practice-local dates", async () => {
    const { admin, supervisor } = await clinic();
    await expect(listAuditEvents(supervisor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const denied = await listAuditEvents(admin, { outcome: "denied" });
    expect(denied.rows.map((r) => [r.action, r.actorName])).toEqual([["auth.access_denied", "sam"]]);
    expect((await listAuditEvents(admin, { action: "user.created" })).rows).toHaveLength(3);
    expect((await listAuditEvents(admin, { from: "2000-01-01", to: "2000-12-31" })).rows).toEqual([]);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Chicago" }).format(new Date());
    expect((await listAuditEvents(admin, { from: today, to: today, action: "user.created" })).rows).toHaveLength(3);
  });

  it("sorts by another column by the words shown, paged; too many rows to sort falls back to time order", async () => {
    const { db, admin } = await clinic();
    const sorted = await listAuditEvents(admin, { sort: "action", dir: "asc" });
    expect(sorted).toMatchObject({ sort: "action", sortRefused: false, pages: { page: 1, count: 1, total: await lastSeq(db) } });
    // "Practice set up" before "User created": by label, not by the stored key.
    expect([...new Set(sorted.rows.map((r) => auditActionLabel(r.action)))]).toEqual(["Practice set up", "User created"]);
    const rows = sorted.rows;
    expect(sortAuditRows(rows, "user", "desc").map((r) => r.actorName)).toEqual([...rows].map((r) => r.actorName).sort().reverse());
    for (let i = 0; i <= MAX_SORTABLE_ROWS; i += 1) await writeAudit(admin, { action: "note.viewed", entityType: "crisis_session", entityId: `n${i}` });
    const refused = await listAuditEvents(admin, { sort: "user" });
    expect([refused.sort, refused.sortRefused, refused.rows[0]?.seq]).toEqual(["time", true, await lastSeq(db)]);
    expect((await listAuditEvents(admin, { sort: "user", action: "user.created" })).sortRefused).toBe(false);
  }, 60_000);

  it("exports every matching row in batches, and the export itself is audited", async () => {
    const { db, admin } = await clinic();
    for (let i = 0; i < 1500; i += 1) await writeAudit(admin, { action: "note.viewed", entityType: "crisis_session", entityId: `n${i}` });
    const all = await collect(exportAuditEvents(admin, { action: "note.viewed" }));
    expect(all).toHaveLength(1500);
    expect(all[0]?.seq).toBe(await lastSeq(db));
    const oldestFirst = await collect(exportAuditEvents(admin, { action: "note.viewed", dir: "asc" }));
    expect(oldestFirst.map((r) => r.seq)).toEqual([...all.map((r) => r.seq)].reverse());
    const before = await lastSeq(db);
    await recordAuditExport(admin, { query: { action: "note.viewed" }, rows: 1500, completed: true });
    expect((await auditRowsSince(db, before)).map((r) => [r.action, r.entityType, (JSON.parse(r.detail) as { rows: number }).rows])).toEqual([["audit.exported", "audit_report", 1500]]);
  }, 60_000);
});
