import { describe, expect, it } from "vitest";
import { IN_PERSON } from "@/lib/notes/test-support";
import { sessionSegments } from "./tables";
import { startTimer, stopTimer } from "./segments";
import { SESSIONS_PAGE_SIZE, getDashboard, getSession, listMySessions, startSession } from "./sessions";
import { auditRowsSince, clinic, draftFor, lastSeq, rowCount, signedNoteFor, statementsOf, yesterday } from "./test-support";

describe("startSession", () => {
  it("starts a draft for a visible client, audited, with the timer running when asked", async () => {
    const { db, therapist } = await clinic();
    const { clientId } = await draftFor(therapist);
    const before = await lastSeq(db);
    const { sessionId } = await startSession(therapist, { clientId, ...IN_PERSON, startTimer: true });
    expect((await auditRowsSince(db, before)).map((r) => [r.action, r.entityId])).toEqual([
      ["note.created", sessionId],
      ["segment.started", sessionId],
    ]);
    expect((await getSession(therapist, sessionId)).segments).toEqual([expect.objectContaining({ end: null })]);
  });

  it("refuses another clinician's client and writes no session", async () => {
    const { db, therapist, other } = await clinic();
    const { clientId } = await draftFor(therapist);
    const sessions = await rowCount(db, sessionSegments);
    await expect(startSession(other, { clientId, ...IN_PERSON, startTimer: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await rowCount(db, sessionSegments)).toBe(sessions);
  });

  it("is refused to admins", async () => {
    const { admin } = await clinic();
    await expect(startSession(admin, { clientId: "x", ...IN_PERSON, startTimer: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("getSession: one note.viewed per look", () => {
  it("logs the first view, not the re-render after each of five timer clicks", async () => {
    const { db, therapist } = await clinic();
    const { sessionId } = await draftFor(therapist);
    await getSession(therapist, sessionId);
    const before = await lastSeq(db);
    for (const click of [startTimer, stopTimer, startTimer, stopTimer, startTimer]) {
      await click(therapist, sessionId);
      await getSession(therapist, sessionId);
    }
    expect((await auditRowsSince(db, before)).map((r) => r.action)).toEqual(["segment.started", "segment.stopped", "segment.started", "segment.stopped", "segment.started"]);
  });

  it("logs a print as a print", async () => {
    const { db, therapist } = await clinic();
    const { sessionId } = await signedNoteFor(therapist);
    const before = await lastSeq(db);
    await getSession(therapist, sessionId, { purpose: "print" });
    expect(await auditRowsSince(db, before)).toEqual([expect.objectContaining({ action: "note.printed", entityId: sessionId })]);
  });
});

describe("listMySessions", () => {
  it("lists only the clinician's notes, filtered, and logs the filters and counts without names", async () => {
    const { db, therapist, other } = await clinic();
    const mine = await signedNoteFor(therapist);
    await draftFor(therapist, { clientId: mine.clientId });
    await signedNoteFor(other);
    const before = await lastSeq(db);
    const { items, total } = await listMySessions(therapist, { status: "pending_review", from: yesterday() });
    expect(total).toBe(1);
    // The therapist is supervised: a signed note waits for review.
    expect(items).toEqual([expect.objectContaining({ id: mine.sessionId, clientName: "Robin Client", status: "pending_review" })]);
    const [row] = await auditRowsSince(db, before);
    expect(row).toMatchObject({ action: "notes.listed", entityType: "note_list" });
    expect(JSON.parse(row?.detail ?? "{}")).toEqual({ clientId: null, status: "pending_review", from: yesterday(), to: null, page: "newest", shown: 1, total: 1 });
    expect(row?.detail).not.toContain("Robin");
  });
});

describe("listMySessions: pages by keyset", () => {
  it("walks every note once, forward and back, and a note added meanwhile never shifts the next page", async () => {
    const { therapist } = await clinic();
    const { clientId } = await draftFor(therapist);
    for (let i = 0; i < 2 * SESSIONS_PAGE_SIZE + 3; i += 1) await draftFor(therapist, { clientId });
    const all = (await listMySessions(therapist, {})).total;
    expect(all).toBe(2 * SESSIONS_PAGE_SIZE + 4);

    const first = await listMySessions(therapist, {});
    expect(first.newer).toBeNull();
    expect(first.items).toHaveLength(SESSIONS_PAGE_SIZE);
    // A new note lands on the newest page, not between page 1 and page 2.
    const added = await draftFor(therapist, { clientId });
    const second = await listMySessions(therapist, { after: first.older ?? undefined });
    const third = await listMySessions(therapist, { after: second.older ?? undefined });
    expect(third.older).toBeNull();
    const seen = [...first.items, ...second.items, ...third.items].map((item) => item.id);
    expect(new Set(seen).size).toBe(all);
    expect(seen).not.toContain(added.sessionId);
    const times = [...first.items, ...second.items, ...third.items].map((item) => item.createdAt);
    expect(times).toEqual([...times].sort().reverse());

    // Back from the last page: the same notes, in the same order, then the newest page with the new note.
    const back = await listMySessions(therapist, { before: third.newer ?? undefined });
    expect(back.items.map((item) => item.id)).toEqual(second.items.map((item) => item.id));
    const newest = await listMySessions(therapist, { before: back.newer ?? undefined });
    expect(newest.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
    expect(newest.newer).not.toBeNull();
    const top = await listMySessions(therapist, { before: newest.newer ?? undefined });
    expect(top.items.map((item) => item.id)).toEqual([added.sessionId]);
    expect(top.newer).toBeNull();
   }, 60_000);
});

describe("getDashboard", () => {
  it("shows the running timer, drafts and this week's signed notes with their lines; logs counts only", async () => {
    const { db, other } = await clinic();
    const signed = await signedNoteFor(other);
    const draft = await draftFor(other, { clientId: signed.clientId });
    await startTimer(other, draft.sessionId);
    const before = await lastSeq(db);
    const dashboard = await getDashboard(other, "2000-01-01");
    expect(dashboard.running).toMatchObject({ sessionId: draft.sessionId, clientName: "Robin Client" });
    expect(dashboard.drafts.map((d) => d.id)).toEqual([draft.sessionId]);
    expect(dashboard.signedThisWeek).toEqual([expect.objectContaining({ id: signed.sessionId, lines: [expect.objectContaining({ code: "90839", units: 1 })] })]);
    expect(await auditRowsSince(db, before)).toEqual([
      expect.objectContaining({ action: "dashboard.viewed", detail: JSON.stringify({ running: true, drafts: 1, returned: 0, signedThisWeek: 1 }) }),
    ]);
  });

  it("counts its SQL statements: a fixed handful however many notes there are", async () => {
    const { db, other } = await clinic();
    // Four clients' days, each with its own lines: the old dashboard queried lines once per note.
    for (let i = 0; i < 4; i += 1) await signedNoteFor(other);
    const statements = await statementsOf(db, () => getDashboard(other, "2000-01-01"));
    const reads = statements.filter((s) => /^select/i.test(s) && !/audit_events|audit_chain_head|pg_advisory/.test(s));
    // Running timer, drafts, returned (with their comments), this week's signed notes, their lines.
    expect(reads).toHaveLength(5);
  });
});
