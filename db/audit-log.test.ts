import { describe, expect, it } from "vitest";
import { checkAuditChain, listAuditEvents } from "./audit-log";
import { checkDatabase } from "./health";
import { auditRowsSince, clinic, lastSeq, writeAudit } from "./test-support";

describe("the audit log for admins", () => {
  it("lists newest first with the actor's name, and verifies the chain", async () => {
    const { db, admin } = await clinic();
    const { rows, hasOlder, hasNewer } = await listAuditEvents(admin);
    const total = lastSeq(db);
    expect([rows.length, hasOlder, hasNewer]).toEqual([total, false, false]);
    expect(rows[0]).toMatchObject({ seq: total, action: "user.created", actorName: "Ada Admin" });
    expect(rows.at(-1)).toMatchObject({ seq: 1, action: "practice.setup", actorName: "Ada Admin" });
    expect(await checkAuditChain(admin)).toMatchObject({ ok: true, rows: total });
  });

  it("is refused to clinicians, and the refusal is itself audited", async () => {
    const { db, supervisor } = await clinic();
    const before = lastSeq(db);
    await expect(listAuditEvents(supervisor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(checkAuditChain(supervisor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(auditRowsSince(db, before).map((r) => r.entityId)).toEqual(["audit.list", "audit.verify"]);
  });

  it("pages by position in the chain, both ways, without counting the log", async () => {
    const { db, admin } = await clinic();
    for (let i = 0; i < 120; i += 1) await writeAudit(admin, { action: "note.viewed", entityType: "crisis_session", entityId: `n${i}` });
    const total = lastSeq(db);
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
