import fs from "node:fs";
import path from "node:path";
import { and, eq, max } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { completeNote } from "@/lib/notes/test-support";
import { IN_PERSON } from "@/lib/notes/test-support";
import { saveDraft, signSession } from "./notes";
import { countReviewQueue, getNoteForReview, listReviewQueue, reviewNote } from "./reviews";
import { billingLines, crisisSessions, noteReviews, reviewQueue } from "./tables";
import { addSegment, deleteSegment } from "./segments";
import { getDashboard, getSession } from "./sessions";
import { migrationsFolder } from "./client";
import { asActor, auditRowsSince, clinic, contextOf, draftFor, lastSeq, onPostgres, rawStatement, refusalOf, rejectionOf, rowCount, signedNoteFor, yesterday } from "./test-support";
import { createUser, updateUser } from "./users";

const lines = async (db: Awaited<ReturnType<typeof clinic>>["db"]) => (await db.select({ code: billingLines.code, units: billingLines.units }).from(billingLines)).map((l) => `${l.code}x${l.units}`);
const statusOf = async (db: Awaited<ReturnType<typeof clinic>>["db"], id: string) => (await db.select({ status: crisisSessions.status }).from(crisisSessions).where(eq(crisisSessions.id, id)))[0]?.status;

describe("co-signature: sign → review → return → revise → re-sign → approve", () => {
  it("moves the note through every state, rebilling its day at each step, with the thread on the note", async () => {
    const { db, supervisor, therapist } = await clinic();
    const note = await signedNoteFor(therapist);

    // Signed by a supervised therapist: waiting for review, lines written but not billable.
    expect(await statusOf(db, note.sessionId)).toBe("pending_review");
    expect(await lines(db)).toEqual(["90839x1"]);
    expect(await countReviewQueue(supervisor)).toBe(1);
    const queue = await listReviewQueue(supervisor);
    expect(queue.items).toEqual([expect.objectContaining({ id: note.sessionId, clientName: "Robin Client", minutes: 50, isHighRisk: false, ageDays: 0, isOverdue: false })]);
    expect(queue.items[0]?.lines).toEqual([expect.objectContaining({ code: "90839", units: 1 })]);
    const opened = await getNoteForReview(supervisor, note.sessionId);
    expect(opened).toMatchObject({ isAwaitingReview: true, isBillable: false, signature: { name: "tess", credentials: "LCSW" } });

    // Returned with a comment: editable again, its time leaves the day's lines.
    const before = await lastSeq(db);
    await expect(reviewNote(supervisor, { sessionId: note.sessionId, version: opened.version, decision: "return", comment: "  " })).rejects.toMatchObject({ code: "VALIDATION" });
    await reviewNote(supervisor, { sessionId: note.sessionId, version: opened.version, decision: "return", comment: "Add the sister's phone number to the safety plan." });
    expect(await statusOf(db, note.sessionId)).toBe("returned");
    expect(await lines(db)).toEqual([]);
    expect(await countReviewQueue(supervisor)).toBe(0);
    expect((await auditRowsSince(db, before)).map((r) => r.action)).toEqual(["review.returned"]);
    const dashboard = await getDashboard(therapist, "2000-01-01");
    expect(dashboard.returned).toEqual([expect.objectContaining({ id: note.sessionId, returnedBy: "sam", comment: "Add the sister's phone number to the safety plan." })]);

    // The therapist revises time and text, and signs again: back in the queue, lines back.
    const returned = await getSession(therapist, note.sessionId);
    const [segment] = returned.segments;
    if (!segment) throw new Error("no segment");
    await deleteSegment(therapist, { sessionId: note.sessionId, segmentId: segment.id });
    await addSegment(therapist, { sessionId: note.sessionId, start: `${yesterday()}T09:00`, end: `${yesterday()}T10:20` });
    const saved = await saveDraft(therapist, { sessionId: note.sessionId, version: (await getSession(therapist, note.sessionId)).version, meta: IN_PERSON, timesAttested: true, note: completeNote({ resources: "Sister, 555-0100" }) });
    await signSession(therapist, { sessionId: note.sessionId, version: saved.version });
    expect(await statusOf(db, note.sessionId)).toBe("pending_review");
    expect(await lines(db)).toEqual(["90839x1", "90840x1"]);
    expect(await countReviewQueue(supervisor)).toBe(1);

    // Approved: final, co-signed, billable; the thread keeps every step.
    const again = await getNoteForReview(supervisor, note.sessionId);
    await reviewNote(supervisor, { sessionId: note.sessionId, version: again.version, decision: "approve", comment: "" });
    const final = await getSession(therapist, note.sessionId);
    expect(final).toMatchObject({ status: "final", isBillable: true, isAwaitingReview: false, cosignature: { name: "sam", credentials: "LCSW" } });
    expect(final.reviewThread.map((e) => e.kind)).toEqual(["submitted", "returned", "submitted", "approved"]);
    expect(final.reviewThread[1]?.comment).toBe("Add the sister's phone number to the safety plan.");
    // A final note is immutable in the database itself, co-signature included.
    expect(await refusalOf(db.update(crisisSessions).set({ cosignerName: "someone else" }).where(eq(crisisSessions.id, note.sessionId)))).toMatch(/locked/);
    expect(await refusalOf(db.delete(noteReviews).where(eq(noteReviews.sessionId, note.sessionId)))).toMatch(/append-only/);
  });

  it("an approve and a return sent together: one wins, the other gets a conflict", async () => {
    const { db, supervisor, therapist } = await clinic();
    const note = await signedNoteFor(therapist);
    const { version } = await getNoteForReview(supervisor, note.sessionId);
    const results = await Promise.allSettled([
      reviewNote(supervisor, { sessionId: note.sessionId, version, decision: "approve", comment: "" }),
      reviewNote(supervisor, { sessionId: note.sessionId, version, decision: "return", comment: "Please fix" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" ? refused.reason : null).toMatchObject({ code: "CONFLICT" });
    expect((await db.select().from(noteReviews)).filter((e) => e.kind !== "submitted")).toHaveLength(1);
  });
});

describe("who may review", () => {
  it("another supervisor, the author, an admin and a garbage id are refused; nothing changes", async () => {
    const { db, admin, supervisor, therapist, other } = await clinic();
    const note = await signedNoteFor(therapist);
    const { userId } = await createUser(admin, { email: "sue@test.example", name: "sue", role: "supervisor", credentials: "LCSW", npi: null, supervisorId: null });
    const stranger = { db, actor: { id: userId, email: "sue@test.example", name: "sue", role: "supervisor" as const, mustChangePassword: false }, ip: null };
    const approve = { sessionId: note.sessionId, version: 2, decision: "approve" as const, comment: "" };
    const before = { seq: await lastSeq(db), reviews: await rowCount(db, noteReviews) };

    await expect(getNoteForReview(stranger, note.sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(reviewNote(stranger, approve)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(reviewNote(therapist, approve)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reviewNote(other, approve)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reviewNote(admin, approve)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reviewNote(supervisor, { ...approve, sessionId: "garbage" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await statusOf(db, note.sessionId)).toBe("pending_review");
    expect(await rowCount(db, noteReviews)).toBe(before.reviews);
    const refusals = await auditRowsSince(db, before.seq);
    expect(refusals.every((r) => r.action === "auth.access_denied" && r.outcome === "denied")).toBe(true);
    expect(refusals.filter((r) => r.entityId === note.sessionId)).toHaveLength(2);
  });

  it("drafts stay private to their author", async () => {
    const { supervisor, therapist } = await clinic();
    const draft = await draftFor(therapist, { segments: [["09:00", "09:40"]], complete: true });
    await expect(getNoteForReview(supervisor, draft.sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listReviewQueue(supervisor)).items).toEqual([]);
  });

  it("a new supervisor takes over the waiting notes; the old one loses them", async () => {
    const { db, admin, supervisor, therapist } = await clinic();
    const note = await signedNoteFor(therapist);
    const { userId } = await createUser(admin, { email: "nora@test.example", name: "nora", role: "supervisor", credentials: "PhD", npi: null, supervisorId: null });
    await updateUser(admin, { userId: therapist.actor.id, name: "tess", role: "therapist", credentials: "LCSW", npi: null, supervisorId: userId });
    const nora = { db, actor: { id: userId, email: "nora@test.example", name: "nora", role: "supervisor" as const, mustChangePassword: false }, ip: null };
    expect(await countReviewQueue(supervisor)).toBe(0);
    expect((await listReviewQueue(nora)).items.map((i) => i.id)).toEqual([note.sessionId]);
  });

  it("a supervisor without credentials cannot co-sign, but can return", async () => {
    const { db, admin, supervisor, therapist } = await clinic();
    await updateUser(admin, { userId: supervisor.actor.id, name: "sam", role: "supervisor", credentials: null, npi: null, supervisorId: null });
    const note = await signedNoteFor(therapist);
    const { version } = await getNoteForReview(supervisor, note.sessionId);
    const error = await rejectionOf(reviewNote(supervisor, { sessionId: note.sessionId, version, decision: "approve", comment: "" }));
    expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("without credentials") });
    expect(await statusOf(db, note.sessionId)).toBe("pending_review");
    await reviewNote(supervisor, { sessionId: note.sessionId, version, decision: "return", comment: "Needs a rationale" });
    expect(await statusOf(db, note.sessionId)).toBe("returned");
  });

  it("a stale version, a note no longer waiting, and a comment where a decision is due are conflicts", async () => {
    const { supervisor, therapist } = await clinic();
    const note = await signedNoteFor(therapist);
    const { version } = await getNoteForReview(supervisor, note.sessionId);
    await expect(reviewNote(supervisor, { sessionId: note.sessionId, version: version - 1, decision: "approve", comment: "" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(reviewNote(supervisor, { sessionId: note.sessionId, version, decision: "comment", comment: "fine" })).rejects.toMatchObject({ code: "CONFLICT" });
    await reviewNote(supervisor, { sessionId: note.sessionId, version, decision: "approve", comment: "" });
    await expect(reviewNote(supervisor, { sessionId: note.sessionId, version: version + 1, decision: "return", comment: "late" })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("not waiting") });
  });
});

describe("review after signing", () => {
  it("the note is final and billable at signing, waits in the queue, and the supervisor can only comment", async () => {
    const { db, admin, supervisor, therapist } = await clinic();
    await updateUser(admin, { userId: therapist.actor.id, name: "tess", role: "therapist", credentials: "LCSW", npi: null, supervisorId: supervisor.actor.id, reviewMode: "review_after_signing" });
    const note = await signedNoteFor(therapist);
    expect(await getSession(therapist, note.sessionId)).toMatchObject({ status: "final", isBillable: true, isAwaitingReview: true });
    expect(await countReviewQueue(supervisor)).toBe(1);
    const { version } = await getNoteForReview(supervisor, note.sessionId);
    await expect(reviewNote(supervisor, { sessionId: note.sessionId, version, decision: "approve", comment: "" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(reviewNote(supervisor, { sessionId: note.sessionId, version, decision: "return", comment: "x" })).rejects.toMatchObject({ code: "CONFLICT" });
    const before = await lastSeq(db);
    await reviewNote(supervisor, { sessionId: note.sessionId, version, decision: "comment", comment: "Good lethal-means counselling." });
    expect((await auditRowsSince(db, before)).map((r) => r.action)).toEqual(["review.commented"]);
    expect(await getSession(therapist, note.sessionId)).toMatchObject({ status: "final", isAwaitingReview: false, cosignature: null });
    expect(await countReviewQueue(supervisor)).toBe(0);
  });
});

describe("the review queue table", () => {
  type Db = Awaited<ReturnType<typeof clinic>>["db"];
  /** What the threads say: every note whose latest review event is a submission, with its time. */
  // Read with the query builder, so the check runs the same on SQLite and PostgreSQL.
  const byId = (rows: { sessionId: string; clinicianId: string; submittedAt: string }[]) => [...rows].sort((a, b) => a.sessionId.localeCompare(b.sessionId));
  const waitingByThread = async (db: Db) => {
    const latest = alias(noteReviews, "latest");
    const rows = await db
      .select({ sessionId: noteReviews.sessionId, clinicianId: crisisSessions.clinicianId, submittedAt: noteReviews.createdAt })
      .from(noteReviews)
      .innerJoin(crisisSessions, eq(crisisSessions.id, noteReviews.sessionId))
      .where(and(eq(noteReviews.kind, "submitted"), eq(noteReviews.seq, db.select({ seq: max(latest.seq) }).from(latest).where(eq(latest.sessionId, noteReviews.sessionId)))));
    return byId(rows);
  };
  const queued = async (db: Db) => byId(await db.select({ sessionId: reviewQueue.sessionId, clinicianId: reviewQueue.clinicianId, submittedAt: reviewQueue.submittedAt }).from(reviewQueue));

  it("holds exactly the notes whose latest thread event is a submission, after every kind of step, and the migration's backfill rebuilds it", async () => {
    const { db, admin, supervisor, therapist, other } = await clinic();
    const expectInStep = async (count: number) => {
      expect(await queued(db)).toEqual(await waitingByThread(db));
      expect(await countReviewQueue(supervisor)).toBe(count);
      expect((await listReviewQueue(supervisor)).items).toHaveLength(count);
    };
    await signedNoteFor(other); // unsupervised: never queued
    const approved = await signedNoteFor(therapist);
    const returned = await signedNoteFor(therapist);
    await expectInStep(2);
    await reviewNote(supervisor, { sessionId: approved.sessionId, version: approved.version + 1, decision: "approve", comment: "" });
    await reviewNote(supervisor, { sessionId: returned.sessionId, version: returned.version + 1, decision: "return", comment: "Add the plan." });
    await expectInStep(0);
    const saved = await saveDraft(therapist, { sessionId: returned.sessionId, version: returned.version + 2, meta: IN_PERSON, timesAttested: true, note: completeNote({ resources: "Sister" }) });
    await signSession(therapist, { sessionId: returned.sessionId, version: saved.version });
    await expectInStep(1);
    await updateUser(admin, { userId: therapist.actor.id, name: "tess", role: "therapist", credentials: "LCSW", npi: null, supervisorId: supervisor.actor.id, reviewMode: "review_after_signing" });
    const commented = await signedNoteFor(therapist);
    const waiting = await signedNoteFor(therapist);
    await expectInStep(3);
    await reviewNote(supervisor, { sessionId: commented.sessionId, version: commented.version + 1, decision: "comment", comment: "Good." });
    await expectInStep(2);
    // Another supervisor sees none of them.
    const { userId } = await createUser(admin, { email: "sue@test.example", name: "sue", role: "supervisor", credentials: "LCSW", npi: null, supervisorId: null });
    expect(await countReviewQueue(asActor(await contextOf(db, userId)))).toBe(0);

    // The backfill migration fills the table from the threads alone: emptied and refilled, it is the same.
    const before = await queued(db);
    expect(before.map((row) => (row as { sessionId: string }).sessionId).sort()).toEqual([returned.sessionId, waiting.sessionId].sort());
    const backfillFile = onPostgres ? "0003_review_queue_backfill.sql" : "0020_review_queue_backfill.sql";
    const backfill = fs.readFileSync(path.join(migrationsFolder(onPostgres ? "postgresql" : "sqlite"), backfillFile), "utf8");
    await rawStatement(db, "delete from review_queue");
    await rawStatement(db, backfill);
    expect(await queued(db)).toEqual(before);
  });
});
