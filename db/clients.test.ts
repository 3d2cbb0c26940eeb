import { describe, expect, it } from "vitest";
import { IN_PERSON } from "@/lib/notes/test-support";
import { updateClientSchema } from "@/lib/validation/client";
import { createClient, getClient, listMyClients, setClientActive, updateClient } from "./clients";
import { listPayerOptions, setPayerActive } from "./payers";
import { startSession } from "./sessions";
import { clients } from "./tables";
import { auditRowsSince, clinic, draftFor, lastSeq, rowCount } from "./test-support";

describe("clients", () => {
  it("are created by clinicians, audited, and refused to admins", async () => {
    const { db, therapist, admin } = await clinic();
    const before = await lastSeq(db);
    const client = await createClient(therapist, { name: "Quinn Alvarado", dateOfBirth: "1984-02-02", externalId: null });
    expect(await auditRowsSince(db, before)).toEqual([expect.objectContaining({ action: "client.created", entityId: client.id })]);
    await expect(createClient(admin, { name: "X", dateOfBirth: "1984-02-02", externalId: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await rowCount(db, clients)).toBe(1);
  });

  it("are listed and searched for their own clinician only; the log keeps counts, never the name searched", async () => {
    const { db, therapist, other } = await clinic();
    await createClient(therapist, { name: "Quinn Alvarado", dateOfBirth: "1984-02-02", externalId: null });
    await createClient(therapist, { name: "Rowan 100%_Baptiste", dateOfBirth: "1979-07-07", externalId: "MRN-77" });
    await createClient(other, { name: "Quinn Someone-Else", dateOfBirth: "1990-01-01", externalId: null });
    const before = await lastSeq(db);
    expect((await listMyClients(therapist)).map((c) => c.name)).toEqual(["Quinn Alvarado", "Rowan 100%_Baptiste"]);
    expect((await listMyClients(therapist, "quinn")).map((c) => c.name)).toEqual(["Quinn Alvarado"]);
    // LIKE wildcards in the search are literal characters.
    expect((await listMyClients(therapist, "%_")).map((c) => c.name)).toEqual(["Rowan 100%_Baptiste"]);
    const rows = await auditRowsSince(db, before);
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
    const before = await lastSeq(db);
    await getClient(therapist, clientId);
    await getClient(therapist, clientId);
    expect((await auditRowsSince(db, before)).map((r) => [r.action, r.entityId])).toEqual([["client.viewed", clientId]]);
  });
});

describe("a client's record", () => {
  const update = (clientId: string, changes: Record<string, unknown> = {}) =>
    updateClientSchema.parse({ clientId, name: "Robin Client", dateOfBirth: "1990-05-01", externalId: "MRN-1", ...changes });

  it("is edited by its clinician and by admins, audited with the names of the fields changed, never their values", async () => {
    const { db, admin, therapist } = await clinic();
    const { clientId } = await draftFor(therapist);
    const before = await lastSeq(db);
    await updateClient(therapist, update(clientId, { phone: "555-0100", emergencyContactName: "Maria Client", emergencyContactRelation: "sister", emergencyContactPhone: "555-0199" }));
    const medicare = (await listPayerOptions(admin)).find((p) => p.name === "Medicare")?.id;
    await updateClient(admin, update(clientId, { phone: "555-0100", emergencyContactName: "Maria Client", emergencyContactRelation: "sister", emergencyContactPhone: "555-0199", payerId: medicare, memberId: "1EG4-TE5-MK72" }));
    const rows = await auditRowsSince(db, before);
    expect(rows.map((r) => [r.action, r.actorId, r.detail])).toEqual([
      ["client.changed", therapist.actor.id, JSON.stringify({ fields: "phone,emergencyContactName,emergencyContactRelation,emergencyContactPhone" })],
      ["client.changed", admin.actor.id, JSON.stringify({ fields: "payerId,memberId" })],
    ]);
    // Every column a person could read (the hashes are random hex, where "555" turns up by chance).
    expect(JSON.stringify(rows.map(({ hash: _hash, prevHash: _prevHash, ...readable }) => readable))).not.toMatch(/555|Maria|1EG4/);
    expect(await getClient(therapist, clientId)).toMatchObject({ payerName: "Medicare", memberId: "1EG4-TE5-MK72", emergencyContactPhone: "555-0199" });
  });

  it("is refused to another clinician (audited), and an unknown or inactive payer is a field error; nothing changes", async () => {
    const { db, admin, therapist, other } = await clinic();
    const { clientId } = await draftFor(therapist);
    await expect(updateClient(other, update(clientId, { name: "Taken" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateClient(therapist, update(clientId, { payerId: "no-such-payer" }))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { payerId: ["Choose an active payer from the list."] } });
    const selfPay = (await listPayerOptions(admin)).find((p) => p.name === "Self-pay")?.id ?? "";
    await setPayerActive(admin, { payerId: selfPay, active: false });
    await expect(updateClient(therapist, update(clientId, { payerId: selfPay }))).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await db.select({ name: clients.name, payerId: clients.payerId }).from(clients))).toEqual([{ name: "Robin Client", payerId: null }]);
  });

  it("refuses malformed input before the data layer: a 200-character member id, a member id without a payer", () => {
    const tooLong = updateClientSchema.safeParse({ clientId: "c", name: "A", dateOfBirth: "1990-05-01", payerId: "p", memberId: "x".repeat(200) });
    expect(tooLong.error?.flatten().fieldErrors.memberId).toEqual(["The member id is at most 40 characters."]);
    const orphan = updateClientSchema.safeParse({ clientId: "c", name: "A", dateOfBirth: "1990-05-01", memberId: "123" });
    expect(orphan.error?.flatten().fieldErrors.payerId).toEqual(["Choose the payer the member id and group number belong to."]);
  });

  it("is deactivated: it leaves the lists, cannot start a session, and cannot be edited until reactivated", async () => {
    const { db, therapist } = await clinic();
    const { clientId } = await draftFor(therapist);
    const before = await lastSeq(db);
    await setClientActive(therapist, { clientId, active: false });
    expect(await listMyClients(therapist)).toEqual([]);
    await expect(startSession(therapist, { clientId, ...IN_PERSON, startTimer: false })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("deactivated") });
    await expect(updateClient(therapist, update(clientId, { name: "Renamed" }))).rejects.toMatchObject({ code: "CONFLICT" });
    await setClientActive(therapist, { clientId, active: true });
    await updateClient(therapist, update(clientId, { name: "Renamed" }));
    expect((await auditRowsSince(db, before)).map((r) => r.action)).toEqual(["client.deactivated", "clients.listed", "client.reactivated", "client.changed"]);
  });
});
