import { describe, expect, it } from "vitest";
import { createClient, getClient, listMyClients } from "./clients";
import { clients } from "./schema";
import { auditRowsSince, clinic, draftFor, lastSeq, rowCount } from "./test-support";

describe("clients", () => {
  it("are created by clinicians, audited, and refused to admins", async () => {
    const { db, therapist, admin } = await clinic();
    const before = lastSeq(db);
    const client = await createClient(therapist, { name: "Quinn Alvarado", dateOfBirth: "1984-02-02", externalId: null });
    expect(auditRowsSince(db, before)).toEqual([expect.objectContaining({ action: "client.created", entityId: client.id })]);
    await expect(createClient(admin, { name: "X", dateOfBirth: "1984-02-02", externalId: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(rowCount(db, clients)).toBe(1);
  });

  it("are listed and searched for their own clinician only; the log keeps counts, never the name searched", async () => {
    const { db, therapist, other } = await clinic();
    await createClient(therapist, { name: "Quinn Alvarado", dateOfBirth: "1984-02-02", externalId: null });
    await createClient(therapist, { name: "Rowan 100%_Baptiste", dateOfBirth: "1979-07-07", externalId: "MRN-77" });
    await createClient(other, { name: "Quinn Someone-Else", dateOfBirth: "1990-01-01", externalId: null });
    const before = lastSeq(db);
    expect((await listMyClients(therapist)).map((c) => c.name)).toEqual(["Quinn Alvarado", "Rowan 100%_Baptiste"]);
    expect((await listMyClients(therapist, "quinn")).map((c) => c.name)).toEqual(["Quinn Alvarado"]);
    // LIKE wildcards in the search are literal characters.
    expect((await listMyClients(therapist, "%_")).map((c) => c.name)).toEqual(["Rowan 100%_Baptiste"]);
    const rows = auditRowsSince(db, before);
    expect(rows.map((r) => [r.action, r.detail])).toEqual([
      ["clients.listed", JSON.stringify({ shown: 2 })],
      ["clients.searched", JSON.stringify({ searchLength: 5, shown: 1 })],
      ["clients.searched", JSON.stringify({ searchLength: 2, shown: 1 })],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/quinn/i);
  });

  it("a client page is a view, once per look", async () => {
    const { db, therapist } = await clinic();
    const { clientId } = await draftFor(therapist);
    const before = lastSeq(db);
    await getClient(therapist, clientId);
    await getClient(therapist, clientId);
    expect(auditRowsSince(db, before).map((r) => [r.action, r.entityId])).toEqual([["client.viewed", clientId]]);
  });
});
