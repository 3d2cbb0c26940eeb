import { describe, expect, it } from "vitest";
import { addSegment, deleteSegment, startTimer, stopTimer, updateSegment } from "./segments";
import { getSession } from "./sessions";
import { auditRowsSince, clinic, draftFor, lastSeq, signedNoteFor, yesterday } from "./test-support";

const at = (time: string) => `${yesterday()}T${time}`;

describe("the timer", () => {
  it("starts and stops on the server, one running timer per clinician", async () => {
    const { therapist } = await clinic();
    const first = await draftFor(therapist);
    const second = await draftFor(therapist);
    await startTimer(therapist, first.sessionId);
    await expect(startTimer(therapist, first.sessionId)).rejects.toMatchObject({ code: "CONFLICT", message: "The timer is already running." });
    await expect(startTimer(therapist, second.sessionId)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("another crisis session") });
    await stopTimer(therapist, first.sessionId);
    await expect(stopTimer(therapist, first.sessionId)).rejects.toMatchObject({ code: "CONFLICT", message: "The timer is not running." });
  });

  it("is refused on another clinician's session (audited) and on a signed note", async () => {
    const { db, therapist, other } = await clinic();
    const { sessionId } = await draftFor(therapist);
    const before = await lastSeq(db);
    await expect(startTimer(other, sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await auditRowsSince(db, before)).toEqual([expect.objectContaining({ action: "auth.access_denied", entityId: sessionId })]);
    const signed = await signedNoteFor(therapist);
    await expect(startTimer(therapist, signed.sessionId)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("locked") });
  });
});

describe("typed segments", () => {
  it("are added, changed and deleted with their old and new times in the audit trail", async () => {
    const { db, therapist } = await clinic();
    const { sessionId } = await draftFor(therapist);
    const before = await lastSeq(db);
    await addSegment(therapist, { sessionId, start: at("10:00"), end: at("10:40") });
    const [segment] = (await getSession(therapist, sessionId)).segments;
    if (!segment) throw new Error("no segment");
    await updateSegment(therapist, { sessionId, segmentId: segment.id, start: at("10:05"), end: at("10:50") });
    await deleteSegment(therapist, { sessionId, segmentId: segment.id });
    const rows = (await auditRowsSince(db, before)).filter((r) => r.action.startsWith("segment."));
    const details = rows.map((r) => [r.action, JSON.parse(r.detail) as Record<string, string>] as const);
    expect(details[0]).toEqual(["segment.added", { start: segment.start, end: segment.end }]);
    expect(details[1]?.[0]).toBe("segment.changed");
    expect(details[1]?.[1]).toMatchObject({ segmentId: segment.id, oldStart: segment.start, oldEnd: segment.end });
    expect(details[1]?.[1].newStart).not.toBe(segment.start);
    expect(details[2]).toEqual(["segment.deleted", { segmentId: segment.id, oldStart: details[1]?.[1].newStart, oldEnd: details[1]?.[1].newEnd }]);
    expect((await getSession(therapist, sessionId)).segments).toEqual([]);
  });

  it("refuses an overlap, a time in the future and an unknown segment, changing nothing", async () => {
    const { db, therapist } = await clinic();
    const { sessionId } = await draftFor(therapist, { segments: [["10:00", "10:40"]] });
    const before = await lastSeq(db);
    await expect(addSegment(therapist, { sessionId, start: at("10:30"), end: at("11:00") })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { segments: [expect.stringContaining("overlap")] } });
    await expect(addSegment(therapist, { sessionId, start: "2999-01-01T10:00", end: "2999-01-01T11:00" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(deleteSegment(therapist, { sessionId, segmentId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await lastSeq(db)).toBe(before);
    expect((await getSession(therapist, sessionId)).segments).toHaveLength(1);
  });
});
