import { describe, expect, it } from "vitest";

import { computeCrisisBilling } from "./compute";
import { summarizeDay } from "./summarize-day";
import { codes, expectInputError, isoAt, seg } from "./test-support";

const UTC = { timeZone: "UTC" } as const;

describe("summarizeDay (BILLING-RULES §1: one date, time summed before codes)", () => {
  it("bills two 40-minute notes as 90839 + 90840 ×1, never 90839 twice", () => {
    const result = summarizeDay({
      ...UTC,
      notes: [
        { noteId: "morning", segments: [seg(0, 40 * 60)] },
        { noteId: "evening", segments: [seg(6 * 3600, 6 * 3600 + 40 * 60)] },
      ],
    });
    expect(result.totalMinutes).toBe(80);
    expect(codes(result.lines)).toEqual(["90839×1", "90840×1"]);
    expect(result.nextThreshold).toEqual({ atMinutes: 105, minutesToGo: 25, adds: "90840 ×2" });
  });

  it("sums seconds across notes before flooring", () => {
    const result = summarizeDay({
      ...UTC,
      notes: [
        { noteId: "a", segments: [seg(0, 15 * 60 + 30)] },
        { noteId: "b", segments: [seg(3600, 3600 + 14 * 60 + 30)] },
      ],
    });
    expect(result.totalMinutes).toBe(30);
  });

  it("gives the same result as one note holding all the segments", () => {
    const a = [seg(0, 1000), seg(2000, 2600)];
    const b = [seg(5000, 7000)];
    const options = { ...UTC, modality: "audio_only" as const, sameDayCodes: ["90853"] };
    expect(summarizeDay({ ...options, notes: [{ noteId: "a", segments: a }, { noteId: "b", segments: b }] }))
      .toEqual(computeCrisisBilling({ ...options, segments: [...a, ...b] }));
  });

  it("rejects overlap across notes, naming both notes and segments", () => {
    expectInputError(
      () =>
        summarizeDay({
          ...UTC,
          notes: [
            { noteId: "N-1", segments: [seg(0, 600), seg(1200, 2400)] },
            { noteId: "N-2", segments: [seg(2300, 3000)] },
          ],
        }),
      "OVERLAP",
      'Note "N-1", segment 2 overlaps note "N-2", segment 1; each minute can be counted only once.',
      [
        { noteId: "N-1", segment: 2 },
        { noteId: "N-2", segment: 1 },
      ],
    );
  });

  it("names the note in a segment error", () => {
    expectInputError(
      () => summarizeDay({ ...UTC, notes: [{ noteId: "N-7", segments: [seg(60, 0)] }] }),
      "END_NOT_AFTER_START",
      'Note "N-7", segment 1 ends before it starts.',
      [{ noteId: "N-7", segment: 1 }],
    );
  });

  it("rejects the same note listed twice", () => {
    const note = { noteId: "N-1", segments: [seg(0, 600)] };
    expectInputError(() => summarizeDay({ ...UTC, notes: [note, note] }), "DUPLICATE_NOTE", /"N-1"/);
  });

  it("uses the earliest start of any note as the date of service", () => {
    const result = summarizeDay({
      timeZone: "America/New_York",
      notes: [
        {
          noteId: "late",
          segments: [{ start: "2026-03-10T00:05:00-04:00", end: "2026-03-10T00:35:00-04:00" }],
        },
        {
          noteId: "early",
          segments: [{ start: "2026-03-09T23:00:00-04:00", end: "2026-03-09T23:40:00-04:00" }],
        },
      ],
    });
    expect(result.totalMinutes).toBe(40);
    expect(result.warnings.map((w) => w.code)).toEqual(["CROSSES_MIDNIGHT"]);
  });

  it("measures a running segment in one of the notes up to now", () => {
    const result = summarizeDay({
      ...UTC,
      now: isoAt(3600 + 35 * 60),
      notes: [
        { noteId: "signed", segments: [seg(0, 40 * 60)] },
        { noteId: "open", segments: [{ start: isoAt(3600), end: null }] },
      ],
    });
    expect(result.totalMinutes).toBe(75);
    expect(codes(result.lines)).toEqual(["90839×1", "90840×1"]);
  });

  it("with no notes bills nothing and has no next threshold", () => {
    const result = summarizeDay({ ...UTC, notes: [] });
    expect(result.lines).toEqual([]);
    expect(result.nextThreshold).toBeNull();
  });
});
