import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";

import { computeCrisisBilling } from "./compute";
import { summarizeDay } from "./summarize-day";
import { HOUR, instantArb, intervalsArb, scenarioArb, toSegments, zoneArb } from "./test-arbitraries";
import { billedRank } from "./test-support";

describe("billing properties", () => {
  it("billed lines never decrease as a session grows", () => {
    fc.assert(
      fc.property(
        zoneArb,
        instantArb,
        fc.integer({ min: 1, max: 30 * HOUR }),
        fc.integer({ min: 1, max: 30 * HOUR }),
        (zone, startMs, a, b) => {
          const bill = (length: number) =>
            computeCrisisBilling({
              timeZone: zone,
              segments: toSegments([{ startMs, endMs: startMs + length }], zone),
            });
          const [shorter, longer] = [bill(Math.min(a, b)), bill(Math.max(a, b))];
          expect(longer.totalMinutes).toBeGreaterThanOrEqual(shorter.totalMinutes);
          expect(billedRank(longer.lines)).toBeGreaterThanOrEqual(billedRank(shorter.lines));
        },
      ),
    );
  });

  it("90840 never appears without 90839, and crisis and 90832 never mix", () => {
    fc.assert(
      fc.property(scenarioArb, ({ zone, segments }) => {
        const lineCodes = computeCrisisBilling({ timeZone: zone, segments }).lines.map((l) => l.code);
        if (lineCodes.includes("90840")) expect(lineCodes).toContain("90839");
        if (lineCodes.includes("90839")) expect(lineCodes).not.toContain("90832");
        expect(new Set(lineCodes).size).toBe(lineCodes.length);
      }),
    );
  });

  it("the order of segments does not matter", () => {
    const arb = scenarioArb.chain((s) =>
      fc.tuple(fc.constant(s), fc.shuffledSubarray(s.segments, { minLength: s.segments.length })),
    );
    fc.assert(
      fc.property(arb, ([{ zone, segments }, shuffled]) => {
        expect(computeCrisisBilling({ timeZone: zone, segments: shuffled })).toEqual(
          computeCrisisBilling({ timeZone: zone, segments }),
        );
      }),
    );
  });

  it("splitting a segment into two touching ones changes nothing", () => {
    const arb = scenarioArb.chain((s) =>
      fc.tuple(
        fc.constant(s),
        fc.nat({ max: s.intervals.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
    );
    fc.assert(
      fc.property(arb, ([{ zone, intervals }, index, fraction]) => {
        const target = intervals[index];
        if (target === undefined) return;
        const length = target.endMs - target.startMs;
        const cut = target.startMs + 1 + Math.floor(fraction * (length - 2));
        const split = [
          ...intervals.slice(0, index),
          { startMs: target.startMs, endMs: cut },
          { startMs: cut, endMs: target.endMs },
          ...intervals.slice(index + 1),
        ];
        expect(computeCrisisBilling({ timeZone: zone, segments: toSegments(split, zone) })).toEqual(
          computeCrisisBilling({ timeZone: zone, segments: toSegments(intervals, zone) }),
        );
      }),
    );
  });

  it("totalMinutes is floor(summed seconds / 60) for segments within one local day", () => {
    // Start within the first 7 local hours; at most 8 × 2 h follow, so every end is by local
    // midnight even on a 23-hour day.
    const sameDayArb = fc
      .tuple(zoneArb, instantArb, fc.integer({ min: 0, max: 7 * HOUR }))
      .chain(([zone, anyMs, offset]) => {
        const dayStart = DateTime.fromMillis(anyMs, { zone }).startOf("day").toMillis();
        return fc.tuple(fc.constant(zone), intervalsArb(fc.constant(dayStart + offset)));
      });
    fc.assert(
      fc.property(sameDayArb, ([zone, intervals]) => {
        const result = computeCrisisBilling({ timeZone: zone, segments: toSegments(intervals, zone) });
        const totalMs = intervals.reduce((sum, i) => sum + (i.endMs - i.startMs), 0);
        expect(result.totalMinutes).toBe(Math.floor(totalMs / 1000 / 60));
        expect(result.warnings.map((w) => w.code)).not.toContain("CROSSES_MIDNIGHT");
      }),
    );
  });

  it("the next threshold is always ahead and reaching it changes the lines", () => {
    fc.assert(
      fc.property(scenarioArb, ({ zone, segments }) => {
        const result = computeCrisisBilling({ timeZone: zone, segments });
        const next = result.nextThreshold;
        expect(next).not.toBeNull();
        expect(next?.minutesToGo).toBeGreaterThan(0);
        expect(next?.atMinutes).toBe(result.totalMinutes + (next?.minutesToGo ?? 0));
      }),
    );
  });

  it("summarizeDay over any split into notes equals one note with every segment", () => {
    const arb = scenarioArb.chain((s) =>
      fc.tuple(
        fc.constant(s),
        fc.array(fc.nat({ max: 2 }), { minLength: s.segments.length, maxLength: s.segments.length }),
      ),
    );
    fc.assert(
      fc.property(arb, ([{ zone, segments }, noteOf]) => {
        const notes = [0, 1, 2].map((n) => ({
          noteId: `note-${n}`,
          segments: segments.filter((_, i) => noteOf[i] === n),
        }));
        expect(summarizeDay({ timeZone: zone, notes })).toEqual(
          computeCrisisBilling({ timeZone: zone, segments }),
        );
      }),
    );
  });
});
