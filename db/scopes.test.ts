import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getBillingReport } from "./billing";
import { getClient } from "./clients";
import { crisisSessions } from "./tables";
import { notesForReview, ownNotes } from "./scopes";
import { getSession } from "./sessions";
import { auditRowsSince, clinic, draftFor, lastSeq, rejectionOf, signedNoteFor, yesterday } from "./test-support";
import { createUser, updateUser } from "./users";

/** One refusal test per access scope: outside it, NOT_FOUND (or FORBIDDEN for a role) and an audit row naming the record. */

describe("own notes", () => {
  it("another clinician's note is not found, and the attempt is audited with the note's id", async () => {
    const { db, therapist, other } = await clinic();
    const { sessionId } = await draftFor(therapist);
    const before = await lastSeq(db);
    await expect(getSession(other, sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await auditRowsSince(db, before)).toEqual([
      expect.objectContaining({ action: "auth.access_denied", entityType: "crisis_session", entityId: sessionId, actorId: other.actor.id, outcome: "denied" }),
    ]);
  });

  it("a made-up id looks exactly the same", async () => {
    const { therapist } = await clinic();
    const error = await rejectionOf(getSession(therapist, "not-a-real-id"));
    expect(error).toMatchObject({ code: "NOT_FOUND", message: "That crisis session does not exist or is not yours." });
  });

  it("is the WHERE clause the note queries use", async () => {
    const { db, therapist, other } = await clinic();
    const { sessionId } = await draftFor(therapist);
    const visible = async (actor: typeof therapist) => (await db.select({ id: crisisSessions.id }).from(crisisSessions).where(and(eq(crisisSessions.id, sessionId), ownNotes(actor.actor))));
    expect(await visible(therapist)).toHaveLength(1);
    expect(await visible(other)).toHaveLength(0);
  });
});

describe("notes for review", () => {
  const reviewable = async (db: Awaited<ReturnType<typeof clinic>>["db"], actor: { id: string } & Parameters<typeof notesForReview>[0]) =>
    (await db.select({ id: crisisSessions.id }).from(crisisSessions).where(notesForReview(actor))).map((r) => r.id);

  it("holds the current supervisees' signed notes, never their drafts, never anyone else's", async () => {
    const { db, supervisor, therapist, other } = await clinic();
    const signed = await signedNoteFor(therapist);
    await draftFor(therapist);
    await signedNoteFor(other);
    expect(await reviewable(db, supervisor.actor)).toEqual([signed.sessionId]);
    expect(await reviewable(db, other.actor)).toEqual([]);
  });

  it("follows the clinician to a new supervisor", async () => {
    const { db, admin, supervisor, therapist } = await clinic();
    const signed = await signedNoteFor(therapist);
    const { userId } = await createUser(admin, { email: "nora@test.example", name: "nora", role: "supervisor", credentials: "LCSW", npi: null, supervisorId: null });
    await updateUser(admin, { userId: therapist.actor.id, name: "tess", role: "therapist", credentials: "LCSW", npi: null, supervisorId: userId });
    expect(await reviewable(db, supervisor.actor)).toEqual([]);
    expect(await reviewable(db, { ...supervisor.actor, id: userId })).toEqual([signed.sessionId]);
  });
});

describe("visible clients", () => {
  it("another clinician's client is not found, and the attempt is audited with the client's id", async () => {
    const { db, therapist, other } = await clinic();
    const { clientId } = await draftFor(therapist);
    const before = await lastSeq(db);
    await expect(getClient(other, clientId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await auditRowsSince(db, before)).toEqual([expect.objectContaining({ action: "auth.access_denied", entityType: "client", entityId: clientId, outcome: "denied" })]);
  });
});

describe("practice billing lines (admins)", () => {
  it("gives admins billing fields and no clinical text, audited with the range and count", async () => {
    const { db, admin, other } = await clinic();
    await signedNoteFor(other);
    const before = await lastSeq(db);
    const { days } = await getBillingReport(admin, { from: yesterday(), to: yesterday(), status: "all" });
    expect(days).toEqual([
      expect.objectContaining({
        dateOfService: yesterday(),
        client: expect.objectContaining({ name: "Robin Client", dateOfBirth: "1990-05-01" }),
        clinician: expect.objectContaining({ name: "oscar", credentials: "LCSW" }),
        lines: [{ code: "90839", units: 1, modifiers: [], placeOfService: "11" }],
        minutes: 50,
      }),
    ]);
    expect(JSON.stringify(days)).not.toMatch(/Eviction|hopelessness|Sister/);
    expect(await auditRowsSince(db, before)).toEqual([expect.objectContaining({ action: "billing.listed", entityType: "billing_report" })]);
    expect(JSON.parse((await auditRowsSince(db, before))[0]?.detail ?? "{}")).toMatchObject({ from: yesterday(), to: yesterday(), days: 1 });
  });

  it("is outside the range: nothing; and clinicians are refused and audited", async () => {
    const { db, admin, therapist } = await clinic();
    await signedNoteFor(therapist);
    expect((await getBillingReport(admin, { from: "2000-01-01", to: "2000-12-31", status: "all" })).days).toEqual([]);
    const before = await lastSeq(db);
    await expect(getBillingReport(therapist, { from: yesterday(), to: yesterday(), status: "all" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await auditRowsSince(db, before)).toEqual([expect.objectContaining({ action: "auth.access_denied", entityId: "billing.report" })]);
  });
});
