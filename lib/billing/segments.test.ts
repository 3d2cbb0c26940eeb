import { describe, it } from "vitest";

import { computeCrisisBilling } from "./compute";
import { expectInputError, isoAt, seg } from "./test-support";

const UTC = { timeZone: "UTC" } as const;

describe("computeCrisisBilling rejects invalid segments (BILLING-RULES §1, §7)", () => {
  it("names both segments of an overlap", () => {
    const segments = [seg(0, 600), seg(3600, 4000), seg(500, 900)];
    expectInputError(
      () => computeCrisisBilling({ ...UTC, segments }),
      "OVERLAP",
      "Segments 1 and 3 overlap; each minute can be counted only once.",
      [{ segment: 1 }, { segment: 3 }],
    );
  });

  it("names overlapping segments in input order whatever their times", () => {
    const segments = [seg(500, 900), seg(0, 600)];
    expectInputError(() => computeCrisisBilling({ ...UTC, segments }), "OVERLAP", /Segments 1 and 2/);
  });

  it("finds a segment nested inside a longer one behind a shorter one", () => {
    const segments = [seg(0, 3600), seg(100, 200), seg(1000, 1100)];
    expectInputError(() => computeCrisisBilling({ ...UTC, segments }), "OVERLAP", /Segments 1 and 2/);
  });

  it("rejects identical segments", () => {
    const segments = [seg(0, 600), seg(0, 600)];
    expectInputError(() => computeCrisisBilling({ ...UTC, segments }), "OVERLAP", /Segments 1 and 2/);
  });

  it("rejects two running segments (both end at now)", () => {
    const segments = [
      { start: isoAt(0), end: null },
      { start: isoAt(60), end: null },
    ];
    expectInputError(
      () => computeCrisisBilling({ ...UTC, segments, now: isoAt(600) }),
      "OVERLAP",
      /Segments 1 and 2/,
    );
  });

  it("rejects a segment that ends before it starts", () => {
    expectInputError(
      () => computeCrisisBilling({ ...UTC, segments: [seg(0, 600), seg(900, 800)] }),
      "END_NOT_AFTER_START",
      "Segment 2 ends before it starts.",
      [{ segment: 2 }],
    );
  });

  it("rejects a segment whose end equals its start", () => {
    expectInputError(
      () => computeCrisisBilling({ ...UTC, segments: [seg(0, 0)] }),
      "END_NOT_AFTER_START",
      "Segment 1 ends at the same moment it starts.",
    );
  });

  it("rejects an unparseable instant", () => {
    expectInputError(
      () => computeCrisisBilling({ ...UTC, segments: [seg(0, 60), { start: "soon", end: null }] }),
      "INVALID_INSTANT",
      'Segment 2 start time "soon" is not a valid date and time.',
      [{ segment: 2 }],
    );
  });

  it("rejects an instant without an offset", () => {
    expectInputError(
      () =>
        computeCrisisBilling({
          ...UTC,
          segments: [{ start: isoAt(0), end: "2026-03-09T10:30:00" }],
        }),
      "MISSING_OFFSET",
      /^Segment 1 end time "2026-03-09T10:30:00" has no time zone offset/,
    );
  });

  it("rejects a running segment when `now` is missing", () => {
    expectInputError(
      () => computeCrisisBilling({ ...UTC, segments: [seg(0, 60), { start: isoAt(120), end: null }] }),
      "RUNNING_WITHOUT_NOW",
      "Segment 2 is still running, but the current time was not provided.",
    );
  });

  it("rejects `now` before a running segment's start", () => {
    expectInputError(
      () =>
        computeCrisisBilling({ ...UTC, segments: [{ start: isoAt(120), end: null }], now: isoAt(60) }),
      "NOW_BEFORE_START",
      "Segment 1 is still running but starts after the current time.",
    );
  });

  it("rejects an unparseable `now` even when nothing is running", () => {
    expectInputError(
      () => computeCrisisBilling({ ...UTC, segments: [seg(0, 60)], now: "2026-03-09T10:00" }),
      "INVALID_NOW",
      /current time "2026-03-09T10:00"/,
    );
  });
});

describe("computeCrisisBilling rejects invalid options", () => {
  it.each(["Mars/Olympus_Mons", "", "EST5EDT-ish"])("rejects time zone %j", (timeZone) => {
    expectInputError(
      () => computeCrisisBilling({ timeZone, segments: [seg(0, 60)] }),
      "INVALID_TIME_ZONE",
      /not a recognised time zone/,
    );
  });

  it.each(["2026-3-9", "09/03/2026", "2026-02-30", "2026-03-09T00:00", ""])(
    "rejects date of service %j",
    (dateOfService) => {
      expectInputError(
        () => computeCrisisBilling({ ...UTC, dateOfService, segments: [seg(0, 60)] }),
        "INVALID_DATE_OF_SERVICE",
        /YYYY-MM-DD/,
      );
    },
  );

  it("rejects an unknown modality from an untyped caller", () => {
    const modality = "telepathy" as unknown as "video";
    expectInputError(
      () => computeCrisisBilling({ ...UTC, modality, segments: [seg(0, 60)] }),
      "INVALID_MODALITY",
      /telepathy/,
    );
  });
});
