import { describe, expect, it } from "vitest";

import { FLAG_EXPLANATIONS, countFlags, flagsForDay, isBillableDay } from "./flags";
import { day, draft, note } from "./test-support";
import { FLAG_CODES } from "./types";

const NOW = new Date("2026-03-20T12:00:00.000Z");
const OPTIONS = { now: NOW, lateEntryDays: 3 };
const hoursBefore = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();

describe("flagsForDay", () => {
  it("raises nothing for a clean, final, billable day", () => {
    expect(flagsForDay(day({ dateOfService: "2026-03-19", notes: [note({ signedAt: "2026-03-19T18:00:00Z" })] }), OPTIONS)).toEqual([]);
  });

  describe("drafts (age from createdAt; the day's oldest draft decides, and only one draft flag per day)", () => {
    const draftDay = (...createdAt: string[]) =>
      day({ dateOfService: "2026-03-19", lines: [], minutes: 0, notes: createdAt.map((at, i) => draft(at, `d${i}`)) });

    it.each([
      [23.9, []],
      [24, ["DRAFT_OVER_24H"]],
      [71.9, ["DRAFT_OVER_24H"]],
      [72, ["DRAFT_OVER_72H"]],
      [80, ["DRAFT_OVER_72H"]],
    ])("a draft %s hours old → %j", (hours, expected) => {
      expect(flagsForDay(draftDay(hoursBefore(hours)), OPTIONS)).toEqual(expected);
    });

    it("goes by the oldest of several drafts", () => {
      expect(flagsForDay(draftDay(hoursBefore(2), hoursBefore(100), hoursBefore(30)), OPTIONS)).toEqual(["DRAFT_OVER_72H"]);
    });

    it("gives a draft created after `now` (clock skew) or with an unreadable time no flag", () => {
      expect(flagsForDay(draftDay("2026-03-21T00:00:00Z"), OPTIONS)).toEqual([]);
      expect(flagsForDay(draftDay("yesterday"), OPTIONS)).toEqual([]);
    });

    it("ages only drafts, not signed or returned notes", () => {
      const old = "2026-03-01T00:00:00Z";
      const flags = flagsForDay(day({ notes: [note({ createdAt: old, signedAt: "2026-03-09T20:00:00Z" })] }), OPTIONS);
      expect(flags).not.toContain("DRAFT_OVER_24H");
      expect(flags).not.toContain("DRAFT_OVER_72H");
    });
  });

  it("flags a note awaiting review and a returned note", () => {
    const notes = [note({ id: "a", status: "pending_review" }), note({ id: "b", status: "returned" })];
    expect(flagsForDay(day({ notes }), OPTIONS)).toEqual(["AWAITING_REVIEW", "RETURNED"]);
  });

  describe("minutes of a day with signed notes", () => {
    it.each([
      [0, ["UNDER_16_MINUTES"]],
      [15, ["UNDER_16_MINUTES"]],
      [16, ["UNDER_30_MINUTES"]],
      [29, ["UNDER_30_MINUTES"]],
      [30, []],
    ])("%i minutes → %j", (minutes, expected) => {
      expect(flagsForDay(day({ minutes }), OPTIONS)).toEqual(expected);
    });

    it("counts a note awaiting review as signed", () => {
      expect(flagsForDay(day({ minutes: 20, notes: [note({ status: "pending_review" })] }), OPTIONS)).toEqual([
        "AWAITING_REVIEW",
        "UNDER_30_MINUTES",
      ]);
    });

    it("does not judge the minutes of a day with only drafts or returned notes", () => {
      const notes = [draft(hoursBefore(1)), note({ id: "r", status: "returned" })];
      expect(flagsForDay(day({ minutes: 5, lines: [], notes }), OPTIONS)).toEqual(["RETURNED"]);
    });
  });

  it("passes the engine's warnings through under the same names, ignoring the others", () => {
    const warningCodes = ["AUDIO_ONLY_NOT_HOME", "SCHEDULED_VISIT", "BELOW_CRISIS_MINIMUM", "CROSSES_MIDNIGHT", "EM_ADD_ON", "SAME_DAY_CONFLICT", "COUNTED_PAST_MIDNIGHT"];
    expect(flagsForDay(day({ warningCodes }), OPTIONS)).toEqual(["SAME_DAY_CONFLICT", "EM_ADD_ON", "SCHEDULED_VISIT", "CROSSES_MIDNIGHT", "AUDIO_ONLY_NOT_HOME"]);
  });

  describe("payer and member id", () => {
    it("flags a client without a payer (and then not the member id)", () => {
      expect(flagsForDay(day({ client: { payerName: null, memberId: null } }), OPTIONS)).toEqual(["NO_PAYER"]);
      expect(flagsForDay(day({ client: { payerName: "  " } }), OPTIONS)).toEqual(["NO_PAYER"]);
    });

    it("flags an insurance payer without a member id, blank counting as missing", () => {
      expect(flagsForDay(day({ client: { memberId: null } }), OPTIONS)).toEqual(["NO_MEMBER_ID"]);
      expect(flagsForDay(day({ client: { memberId: " " } }), OPTIONS)).toEqual(["NO_MEMBER_ID"]);
    });

    it.each(["Self-pay", "SELF-PAY", " self-pay "])("needs no member id for %j", (payerName) => {
      expect(flagsForDay(day({ client: { payerName, memberId: null } }), OPTIONS)).toEqual([]);
    });
  });

  it("flags a clinician without an NPI only when the day has lines", () => {
    expect(flagsForDay(day({ clinician: { npi: null } }), OPTIONS)).toEqual(["NO_CLINICIAN_NPI"]);
    expect(flagsForDay(day({ clinician: { npi: null }, lines: [], minutes: 10 }), OPTIONS)).toEqual(["UNDER_16_MINUTES"]);
  });

  describe("late entry (calendar days from the date of service to the date of signing)", () => {
    const signedOn = (signedAt: string, timeZone?: string) =>
      flagsForDay(day({ dateOfService: "2026-03-09", notes: [note({ signedAt })] }), { ...OPTIONS, timeZone });

    it("allows exactly lateEntryDays days, whatever the time of day", () => {
      expect(signedOn("2026-03-12T23:59:00Z")).toEqual([]);
      expect(signedOn("2026-03-13T00:01:00Z")).toEqual(["LATE_ENTRY"]);
    });

    it("takes the signing date in the practice time zone when given", () => {
      // 20:00 on 12 March in New York is already 13 March in UTC.
      expect(signedOn("2026-03-13T00:00:00Z", "America/New_York")).toEqual([]);
      expect(signedOn("2026-03-13T00:00:00Z")).toEqual(["LATE_ENTRY"]);
      expect(signedOn("2026-03-13T05:00:00Z", "America/New_York")).toEqual(["LATE_ENTRY"]);
    });

    it("looks at every note with a signing time, and flags none when lateEntryDays is generous", () => {
      const notes = [note({ id: "a" }), note({ id: "b", status: "returned", signedAt: "2026-03-30T10:00:00Z" })];
      expect(flagsForDay(day({ notes }), OPTIONS)).toEqual(["RETURNED", "LATE_ENTRY"]);
      expect(flagsForDay(day({ notes }), { ...OPTIONS, lateEntryDays: 30 })).toEqual(["RETURNED"]);
    });

    it("refuses a lateEntryDays that is not a whole number of days", () => {
      expect(() => flagsForDay(day(), { ...OPTIONS, lateEntryDays: -1 })).toThrow(RangeError);
      expect(() => flagsForDay(day(), { ...OPTIONS, lateEntryDays: 1.5 })).toThrow(RangeError);
    });
  });

  it("lists many flags in FLAG_CODES order", () => {
    const flags = flagsForDay(
      day({
        minutes: 20,
        warningCodes: ["SCHEDULED_VISIT", "SAME_DAY_CONFLICT"],
        client: { memberId: null },
        clinician: { npi: null },
        notes: [note({ status: "pending_review", signedAt: "2026-03-19T10:00:00Z" }), draft(hoursBefore(30), "d")],
      }),
      OPTIONS,
    );
    expect(flags).toEqual([
      "DRAFT_OVER_24H",
      "AWAITING_REVIEW",
      "UNDER_30_MINUTES",
      "SAME_DAY_CONFLICT",
      "SCHEDULED_VISIT",
      "NO_MEMBER_ID",
      "NO_CLINICIAN_NPI",
      "LATE_ENTRY",
    ]);
  });
});

describe("isBillableDay", () => {
  it("is true for lines behind final notes only", () => {
    expect(isBillableDay(day())).toBe(true);
    expect(isBillableDay(day({ notes: [note({ id: "a" }), note({ id: "b" })] }))).toBe(true);
  });

  it("is false while any signed note of the day awaits review", () => {
    expect(isBillableDay(day({ notes: [note({ id: "a" }), note({ id: "b", status: "pending_review" })] }))).toBe(false);
  });

  it("ignores drafts and returned notes of the day", () => {
    expect(isBillableDay(day({ notes: [note(), draft("2026-03-09T20:00:00Z"), note({ id: "r", status: "returned" })] }))).toBe(true);
  });

  it("is false without lines, or with lines but no signed note", () => {
    expect(isBillableDay(day({ lines: [], minutes: 10 }))).toBe(false);
    expect(isBillableDay(day({ notes: [draft("2026-03-09T20:00:00Z")] }))).toBe(false);
    expect(isBillableDay(day({ notes: [note({ status: "returned" })] }))).toBe(false);
  });
});

describe("countFlags", () => {
  it("counts days per flag, with every code present", () => {
    const days = [
      day({ client: { memberId: null } }),
      day({ client: { memberId: null }, minutes: 20 }),
      day({ notes: [draft(hoursBefore(100))], lines: [], minutes: 0 }),
      day({ notes: [draft(hoursBefore(100), "a"), draft(hoursBefore(30), "b")], lines: [], minutes: 0 }),
    ];
    const counts = countFlags(days, OPTIONS);
    expect(Object.keys(counts)).toEqual([...FLAG_CODES]);
    expect(counts).toMatchObject({ NO_MEMBER_ID: 2, UNDER_30_MINUTES: 1, DRAFT_OVER_72H: 2, DRAFT_OVER_24H: 0, RETURNED: 0 });
    expect(countFlags([], OPTIONS)).toEqual(Object.fromEntries(FLAG_CODES.map((code) => [code, 0])));
  });
});

describe("FLAG_EXPLANATIONS", () => {
  it("has a short label and a one-line explanation for every flag", () => {
    expect(Object.keys(FLAG_EXPLANATIONS).sort()).toEqual([...FLAG_CODES].sort());
    for (const { label, explanation } of Object.values(FLAG_EXPLANATIONS)) {
      expect(label.length).toBeGreaterThan(0);
      expect(label.length).toBeLessThanOrEqual(30);
      expect(explanation).not.toMatch(/\n/);
      expect(explanation.length).toBeLessThanOrEqual(140);
    }
  });
});
