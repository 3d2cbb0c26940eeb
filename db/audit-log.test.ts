import { describe, expect, it } from "vitest";
import { checkAuditChain, listAuditEvents } from "./audit-log";
import { checkDatabase } from "./health";
import { auditRowsSince, clinic, lastSeq } from "./test-support";

describe("the audit log for admins", () => {
  it("lists newest first with the actor's name, and verifies the chain", async () => {
    const { db, admin } = await clinic();
    const { rows, total } = await listAuditEvents(admin, 1);
    expect(total).toBe(lastSeq(db));
    expect(rows[0]).toMatchObject({ seq: total, action: "user.created", actorName: "Ada Admin" });
    expect(rows.at(-1)).toMatchObject({ seq: 1, action: "practice.setup", actorName: "Ada Admin" });
    expect(await checkAuditChain(admin)).toEqual({ ok: true, rows: total });
  });

  it("is refused to clinicians, and the refusal is itself audited", async () => {
    const { db, supervisor } = await clinic();
    const before = lastSeq(db);
    await expect(listAuditEvents(supervisor, 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(checkAuditChain(supervisor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(auditRowsSince(db, before).map((r) => r.entityId)).toEqual(["audit.list", "audit.verify"]);
  });

  it("health answers through the same door", async () => {
    const { db } = await clinic();
    expect(await checkDatabase({ db })).toBe(true);
  });
});
