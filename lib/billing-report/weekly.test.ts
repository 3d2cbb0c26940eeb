import { describe, expect, it } from "vitest";

import { day, draft, note } from "./test-support";
import { weekStartOf, weeklyTotals } from "./weekly";

const WEEK = { weekStartsOn: 1 } as const;
const dana = { id: "c-dana", name: "Dana Reyes", credentials: "LCSW", npi: "1234567893" };
const ali = { id: "c-ali", name: "Ali Khan", credentials: "LMFT", npi: "1245319599" };
const crisis80 = [
  { code: "90839", units: 1, modifiers: [], placeOfService: "11" },
  { code: "90840", units: 1, modifiers: [], placeOfService: "11" },
];

describe("weekStartOf", () => {
  it.each([
    ["2026-03-09", "2026-03-09"], // Monday
    ["2026-03-11", "2026-03-09"],
    ["2026-03-15", "2026-03-09"], // Sunday
    ["2026-03-01", "2026-02-23"], // a Sunday: its week began in February
    ["2026-01-01", "2025-12-29"], // a Thursday: its week began the year before
    ["2027-01-03", "2026-12-28"],
    ["2028-03-01", "2028-02-28"], // leap year
  ])("%s → %s", (date, monday) => {
    expect(weekStartOf(date)).toBe(monday);
  });

  it("refuses a date that is not YYYY-MM-DD", () => {
    expect(() => weekStartOf("2026-02-30")).toThrow(RangeError);
    expect(() => weekStartOf("03/09/2026")).toThrow(RangeError);
  });
});

describe("weeklyTotals", () => {
  it("sums units of billable days and minutes of signed days per clinician per week", () => {
    const totals = weeklyTotals(
      [
        day({ dateOfService: "2026-03-09", clinician: dana, minutes: 80, lines: crisis80 }),
        day({ dateOfService: "2026-03-15", clinician: dana, minutes: 45 }),
        // Awaiting review: minutes count, units do not.
        day({ dateOfService: "2026-03-10", clinician: dana, minutes: 50, notes: [note({ status: "pending_review" })] }),
        // Signed but under 16 minutes: no lines, minutes count.
        day({ dateOfService: "2026-03-11", clinician: dana, minutes: 10, lines: [] }),
        day({ dateOfService: "2026-03-12", clinician: ali, minutes: 35 }),
      ],
      WEEK,
    );
    expect(totals).toEqual([
      { weekStart: "2026-03-09", clinicianId: "c-ali", clinicianName: "Ali Khan", units: 1, minutes: 35 },
      { weekStart: "2026-03-09", clinicianId: "c-dana", clinicianName: "Dana Reyes", units: 3, minutes: 185 },
    ]);
  });

  it("leaves out days with only drafts or returned notes", () => {
    const days = [
      day({ clinician: dana, minutes: 40, lines: [], notes: [draft("2026-03-09T15:00:00Z")] }),
      day({ clinician: dana, minutes: 40, notes: [note({ status: "returned" })] }),
    ];
    expect(weeklyTotals(days, WEEK)).toEqual([]);
  });

  it("keeps a week that crosses a month and a year end together, and sorts by week then name", () => {
    const totals = weeklyTotals(
      [
        day({ dateOfService: "2026-01-05", clinician: ali, minutes: 30 }),
        day({ dateOfService: "2026-01-01", clinician: dana, minutes: 40 }),
        day({ dateOfService: "2025-12-29", clinician: dana, minutes: 75, lines: crisis80 }),
        day({ dateOfService: "2026-01-04", clinician: ali, minutes: 30 }),
        day({ dateOfService: "2025-12-31", clinician: ali, minutes: 30 }),
      ],
      WEEK,
    );
    expect(totals).toEqual([
      { weekStart: "2025-12-29", clinicianId: "c-ali", clinicianName: "Ali Khan", units: 2, minutes: 60 },
      { weekStart: "2025-12-29", clinicianId: "c-dana", clinicianName: "Dana Reyes", units: 3, minutes: 115 },
      { weekStart: "2026-01-05", clinicianId: "c-ali", clinicianName: "Ali Khan", units: 1, minutes: 30 },
    ]);
  });

  it("keeps two clinicians of the same name apart, ordered by id", () => {
    const totals = weeklyTotals([day({ clinician: { ...dana, id: "b" } }), day({ clinician: { ...dana, id: "a" } })], WEEK);
    expect(totals.map((total) => total.clinicianId)).toEqual(["a", "b"]);
  });

  it("is empty for no days", () => {
    expect(weeklyTotals([], WEEK)).toEqual([]);
  });
});
