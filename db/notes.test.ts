import { eq } from "drizzle-orm";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { completeNote, completeSafetyPlan, IN_PERSON } from "@/lib/notes/test-support";
import type { ActorContext } from "./context";
import { createClient } from "./clients";
import { NotReadyToSignError, addAddendum, previewSigning, saveDraft, signSession } from "./notes";
import { billingLines, crisisSessions } from "./tables";
import { addSegment } from "./segments";
import { getDashboard, getSession, startSession } from "./sessions";
import { asActor, auditRowsSince, contextOf, lastSeq, refusalOf, rejectionOf, rowCount, setUpPractice } from "./test-support";
import { createUser } from "./users";

// Yesterday in the practice zone: segments may not be in the future.
const day = DateTime.now().setZone("America/Chicago").minus({ days: 1 }).toISODate() ?? "";

async function clinic(options: { supervised?: boolean } = {}) {
  const { db, admin } = await setUpPractice();
  const addClinician = async (email: string, supervisorId: string | null = null) => {
    const { userId } = await createUser(admin, { email, name: email, role: supervisorId ? "therapist" : "supervisor", credentials: "LCSW", npi: null, supervisorId });
    return asActor(await contextOf(db, userId));
  };
  const supervisor = await addClinician("sup@test.example");
  const clinician = options.supervised ? await addClinician("sup-ee@test.example", supervisor.actor.id) : supervisor;
  const client = await createClient(clinician, { name: "Robin Client", dateOfBirth: "1990-05-01", externalId: null });
  return { db, clinician, other: await addClinician("other@test.example", supervisor.actor.id), clientId: client.id };
}

/** A complete, attested draft with the given segments (practice-local HH:mm on `day`). */
async function draft(ctx: ActorContext, clientId: string, segments: [string, string][], note = completeNote()) {
  const { sessionId } = await startSession(ctx, { clientId, ...IN_PERSON, startTimer: false });
  for (const [start, end] of segments) await addSegment(ctx, { sessionId, start: `${day}T${start}`, end: `${day}T${end}` });
  const { version } = await saveDraft(ctx, { sessionId, version: 1, meta: IN_PERSON, timesAttested: true, note });
  return { sessionId, version };
}

const lines = (outcome: { lines: { code: string; units: number }[] }) => outcome.lines.map((l) => `${l.code}x${l.units}`);

describe("signing", () => {
  it("sums the client's whole day: 40 + 40 minutes is 90839 + 90840 ×1, never 90839 twice", async () => {
    const { db, clinician, clientId } = await clinic();
    const first = await draft(clinician, clientId, [["09:00", "09:40"]]);
    expect(lines(await signSession(clinician, first))).toEqual(["90839x1"]);
    const second = await draft(clinician, clientId, [["13:00", "13:40"]]);
    const outcome = await signSession(clinician, second);
    expect(outcome).toMatchObject({ status: "final", dayMinutes: 80 });
    expect(lines(outcome)).toEqual(["90839x1", "90840x1"]);
    // The day's lines were rewritten, not appended to: both notes now show the same two lines.
    expect(await rowCount(db, billingLines)).toBe(2);
    expect((await getSession(clinician, first.sessionId)).billingLines.map((l) => `${l.code}x${l.units}`)).toEqual(["90839x1", "90840x1"]);
  });

  it("stores the guidance version shown and locks; a supervised clinician's note goes to review", async () => {
    const { clinician, clientId } = await clinic({ supervised: true });
    const note = await draft(clinician, clientId, [["09:00", "09:50"], ["10:10", "10:38"]]);
    const outcome = await signSession(clinician, note);
    expect(outcome.status).toBe("pending_review");
    expect(lines(outcome)).toEqual(["90839x1", "90840x1"]);
    const view = await getSession(clinician, note.sessionId);
    expect(view.guidance?.version).toMatch(/^\d{4}\.\d{2}\.\d+$/);
    expect(view.signedAt).not.toBeNull();
  });

  it("refuses an incomplete note with the missing fields, and writes nothing", async () => {
    const { db, clinician, clientId } = await clinic();
    const high = completeNote({ riskLevel: "high" });
    const note = await draft(clinician, clientId, [["09:00", "09:40"]], high);
    const error = await rejectionOf(signSession(clinician, note));
    expect(error).toBeInstanceOf(NotReadyToSignError);
    expect(Object.keys((error as NotReadyToSignError).fieldErrors ?? {})).toContain("note.safetyPlan.warning-signs");
    expect(await rowCount(db, billingLines)).toBe(0);
    await saveDraft(clinician, { ...note, meta: IN_PERSON, timesAttested: true, note: { ...high, safetyPlan: completeSafetyPlan() } });
    expect((await signSession(clinician, { ...note, version: note.version + 1 })).status).toBe("final");
  });
});

describe("the summary before signing", () => {
  it("shows the day's lines and the status a signature would commit, and commits nothing", async () => {
    const { db, clinician, clientId } = await clinic();
    const first = await draft(clinician, clientId, [["09:00", "09:40"]]);
    await signSession(clinician, first);
    const second = await draft(clinician, clientId, [["13:00", "13:40"]]);
    const preview = await previewSigning(clinician, second);
    expect(preview).toMatchObject({ status: "final", dateOfService: day, dayMinutes: 80 });
    expect(lines(preview)).toEqual(["90839x1", "90840x1"]);
    // Only the first note's line is stored, and the second note is still a draft.
    expect(await rowCount(db, billingLines)).toBe(1);
    expect((await getSession(clinician, second.sessionId)).status).toBe("draft");
  });

  it("is a view of the note in the audit trail: it reads the note and the day's billing", async () => {
    const { db, clinician, clientId } = await clinic();
    const note = await draft(clinician, clientId, [["09:00", "09:40"]]);
    // Something else in between, so the view is not merged into the clinician's last change of the note.
    await getDashboard(clinician, day);
    const before = await lastSeq(db);
    await previewSigning(clinician, note);
    expect((await auditRowsSince(db, before)).map((row) => [row.action, row.entityId])).toEqual([["note.viewed", note.sessionId]]);
  });

  it("says a supervisee's note goes to review, and is refused like signing when something is missing", async () => {
    const { clinician, clientId } = await clinic({ supervised: true });
    const ready = await draft(clinician, clientId, [["09:00", "09:40"]]);
    expect((await previewSigning(clinician, ready)).status).toBe("pending_review");
    const incomplete = await draft(clinician, clientId, [["11:00", "11:40"]], completeNote({ riskLevel: "high" }));
    expect(await rejectionOf(previewSigning(clinician, incomplete))).toBeInstanceOf(NotReadyToSignError);
  });
});

describe("optimistic locking and the lock on signed notes", () => {
  it("a save from a stale version is a CONFLICT and changes nothing", async () => {
    const { db, clinician, clientId } = await clinic();
    const note = await draft(clinician, clientId, [["09:00", "09:40"]]);
    const stale = { sessionId: note.sessionId, version: note.version - 1, meta: IN_PERSON, timesAttested: true, note: completeNote({ resources: "changed" }) };
    expect(await rejectionOf(saveDraft(clinician, stale))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("changed in another tab") });
    const row = (await db.select().from(crisisSessions).where(eq(crisisSessions.id, note.sessionId)))[0];
    expect(row?.version).toBe(note.version);
    expect(JSON.parse(row?.note ?? "{}")).toEqual(completeNote());
  });

  it("another clinician's id is simply not found, for save and sign", async () => {
    const { clinician, other, clientId } = await clinic();
    const note = await draft(clinician, clientId, [["09:00", "09:40"]]);
    expect(await rejectionOf(saveDraft(other, { ...note, meta: IN_PERSON, timesAttested: true, note: completeNote() }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejectionOf(signSession(other, note))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("a signed note refuses saves (CONFLICT, 'locked') and the database trigger refuses direct SQL", async () => {
    const { db, clinician, clientId } = await clinic();
    const note = await draft(clinician, clientId, [["09:00", "09:40"]]);
    await signSession(clinician, note);
    const save = { ...note, version: note.version + 1, meta: IN_PERSON, timesAttested: true, note: completeNote({ resources: "edited later" }) };
    expect(await rejectionOf(saveDraft(clinician, save))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("locked") });
    const direct = await refusalOf(db.update(crisisSessions).set({ note: "{}" }).where(eq(crisisSessions.id, note.sessionId)));
    expect(direct).toMatch(/signed note is locked: use an addendum/);
    expect(JSON.parse((await db.select().from(crisisSessions).where(eq(crisisSessions.id, note.sessionId)))[0]?.note ?? "{}")).toEqual(completeNote());
  });

  it("addenda are accepted on signed notes only, and listed in order", async () => {
    const { clinician, clientId } = await clinic();
    const note = await draft(clinician, clientId, [["09:00", "09:40"]]);
    expect(await rejectionOf(addAddendum(clinician, { sessionId: note.sessionId, reason: "Late entry", text: "x" }))).toMatchObject({ code: "CONFLICT" });
    await signSession(clinician, note);
    await addAddendum(clinician, { sessionId: note.sessionId, reason: "Late entry", text: "Sister confirmed she is staying." });
    await addAddendum(clinician, { sessionId: note.sessionId, reason: "Correction", text: "Follow-up moved." });
    expect((await getSession(clinician, note.sessionId)).addenda.map((a) => a.reason)).toEqual(["Late entry", "Correction"]);
  });
});

describe("dashboard", () => {
  it("lists the notes signed this week with the day's lines, and none from before the week", async () => {
    const { clinician, clientId } = await clinic();
    const signed = await draft(clinician, clientId, [["09:00", "09:40"]]);
    await signSession(clinician, signed);
    const open = await draft(clinician, clientId, [["11:00", "11:20"]]);

    const thisWeek = await getDashboard(clinician, day);
    expect(thisWeek.signedThisWeek.map((s) => s.id)).toEqual([signed.sessionId]);
    expect(thisWeek.signedThisWeek[0]?.lines.map((l) => `${l.code}x${l.units}`)).toEqual(["90839x1"]);
    expect(thisWeek.drafts.map((s) => s.id)).toEqual([open.sessionId]);

    const nextDay = DateTime.fromISO(day).plus({ days: 1 }).toISODate() ?? "";
    expect((await getDashboard(clinician, nextDay)).signedThisWeek).toEqual([]);
  });
});
