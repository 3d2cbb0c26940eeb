import { DateTime } from "luxon";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { createClient } from "./clients";
import { accountDisclosures, listClientDisclosures, recordDisclosure } from "./disclosures";
import { type Clinic, auditRowsSince, clinic, lastSeq, rawStatement, refusalOf } from "./test-support";

let db: Db;
let c: Clinic;
let clientId: string;

const today = () => DateTime.now().setZone("America/Chicago").toISODate() ?? "";
const entry = (overrides: Partial<Parameters<typeof recordDisclosure>[1]> = {}) => ({
  clientId,
  disclosedOn: today(),
  recipient: "County crisis team",
  description: "Crisis note and safety plan",
  purpose: "Continuity of care after transfer",
  correctsId: null,
  ...overrides,
});

beforeEach(async () => {
  c = await clinic();
  db = c.db;
  clientId = (await createClient(c.therapist, { name: "Robin Client", dateOfBirth: "1990-05-01", externalId: null })).id;
});

describe("the accounting of disclosures", () => {
  it("a clinician who sees the client records one; it is listed with who recorded it, and audited without its text", async () => {
    const before = await lastSeq(db);
    const { id } = await recordDisclosure(c.therapist, entry());
    expect(await listClientDisclosures(c.therapist, clientId)).toEqual([
      { id, disclosedOn: today(), recipient: "County crisis team", description: "Crisis note and safety plan", purpose: "Continuity of care after transfer", correctsId: null, recordedByName: "tess", recordedAt: expect.any(String) },
    ]);
    const rows = await auditRowsSince(db, before);
    expect(rows.map((r) => [r.action, r.entityType, r.entityId, r.actorId])).toEqual([["disclosure.recorded", "client", clientId, c.therapist.actor.id]]);
    expect(rows[0]?.detail).not.toContain("County");
  });

  it("another clinician's client is not found, to record or to list, and the attempt is audited", async () => {
    const before = await lastSeq(db);
    await expect(recordDisclosure(c.other, entry())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listClientDisclosures(c.other, clientId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await auditRowsSince(db, before)).map((r) => [r.action, r.outcome, r.entityId])).toEqual([
      ["auth.access_denied", "denied", clientId],
      ["auth.access_denied", "denied", clientId],
    ]);
    await recordDisclosure(c.therapist, entry());
    await expect(listClientDisclosures(c.other, clientId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an admin records and lists for any client", async () => {
    await recordDisclosure(c.admin, entry({ recipient: "Insurer audit" }));
    expect((await listClientDisclosures(c.admin, clientId)).map((d) => [d.recipient, d.recordedByName])).toEqual([["Insurer audit", "Ada Admin"]]);
  });

  it("refuses a date in the future and a correction of another client's entry; nothing is written", async () => {
    const tomorrow = DateTime.now().setZone("America/Chicago").plus({ days: 1 }).toISODate() ?? "";
    await expect(recordDisclosure(c.therapist, entry({ disclosedOn: tomorrow }))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { disclosedOn: [expect.any(String)] } });
    const otherClient = (await createClient(c.therapist, { name: "Sam Other", dateOfBirth: "1985-01-01", externalId: null })).id;
    const { id } = await recordDisclosure(c.therapist, entry({ clientId: otherClient }));
    await expect(recordDisclosure(c.therapist, entry({ correctsId: id }))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { correctsId: [expect.any(String)] } });
    expect(await listClientDisclosures(c.therapist, clientId)).toEqual([]);
  });

  it("is append-only: a correction is a new entry naming the earlier one; the database refuses changes", async () => {
    const { id } = await recordDisclosure(c.therapist, entry({ recipient: "Wrong recipient" }));
    const fixed = await recordDisclosure(c.therapist, entry({ recipient: "Right recipient", correctsId: id }));
    expect((await listClientDisclosures(c.therapist, clientId)).map((d) => [d.id, d.correctsId])).toEqual(
      expect.arrayContaining([
        [id, null],
        [fixed.id, id],
      ]),
    );
    expect(await refusalOf(rawStatement(db, "update disclosures set recipient = 'x'"))).toContain("append-only");
    expect(await refusalOf(rawStatement(db, "delete from disclosures"))).toContain("append-only");
  });

  it("the six-year accounting is the admin's, covers six years up to today, and is audited", async () => {
    const sixYearsAgo = DateTime.now().setZone("America/Chicago").minus({ years: 6 }).toISODate() ?? "";
    const older = DateTime.fromISO(sixYearsAgo).minus({ days: 1 }).toISODate() ?? "";
    await recordDisclosure(c.therapist, entry({ disclosedOn: older, recipient: "Too old" }));
    await recordDisclosure(c.therapist, entry({ disclosedOn: sixYearsAgo, recipient: "Just in" }));
    await recordDisclosure(c.therapist, entry({ recipient: "Recent" }));
    await expect(accountDisclosures(c.therapist, clientId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const before = await lastSeq(db);
    const accounting = await accountDisclosures(c.admin, clientId);
    expect(accounting).toMatchObject({ clientName: "Robin Client", since: sixYearsAgo, until: today() });
    expect(accounting.entries.map((d) => d.recipient)).toEqual(["Recent", "Just in"]);
    expect((await auditRowsSince(db, before)).map((r) => [r.action, r.entityId, JSON.parse(r.detail) as unknown])).toEqual([["disclosures.accounted", clientId, { from: sixYearsAgo, to: today(), rows: 2 }]]);
  });
});
