import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { luxonDateOf, luxonInstant, luxonMidnight, luxonOffset, luxonZoneIsValid } from "./luxon-reference";
import { readIsoInstant, zoneDateOf, zoneMidnight, zoneNamed } from "./zone-time";

/*
 * The fast path against luxon, the oracle: random instants, zones with DST changes at odd hours
 * (midnight, half-hour shifts, 45-minute offsets, southern summers, dropped days) and instants
 * right beside each change.
 */

const ZONES = [
  "UTC",
  "America/New_York",
  "America/Los_Angeles",
  "America/St_Johns",
  "America/Santiago",
  "America/Havana",
  "America/Asuncion",
  "America/Sao_Paulo",
  "Asia/Gaza",
  "Asia/Beirut",
  "Asia/Tehran",
  "Asia/Kathmandu",
  "Asia/Kolkata",
  "Asia/Tokyo",
  "Africa/Casablanca",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Moscow",
  "Australia/Lord_Howe",
  "Australia/Adelaide",
  "Pacific/Chatham",
  "Pacific/Apia",
  "Pacific/Kiritimati",
] as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The instants where each zone's offset changes, 1990–2035, found with luxon (daily scan, then bisection). */
function transitionsOf(zone: string): number[] {
  const found: number[] = [];
  const from = Date.UTC(1990, 0, 1);
  const to = Date.UTC(2035, 0, 1);
  let previous = luxonOffset(from, zone);
  for (let t = from + DAY; t <= to; t += DAY) {
    const offset = luxonOffset(t, zone);
    if (offset === previous) continue;
    let low = t - DAY;
    let high = t;
    while (high - low > 1000) {
      const middle = low + Math.floor((high - low) / 2000) * 1000;
      if (luxonOffset(middle, zone) === previous) low = middle;
      else high = middle;
    }
    found.push(high);
    previous = offset;
  }
  return found;
}

const TRANSITIONS = ZONES.map((zone) => ({ zone, at: transitionsOf(zone) })).filter((z) => z.at.length > 0);

const zoneArb = fc.constantFrom(...ZONES);
const anyInstantArb = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });
/** An instant within two hours of one of a zone's clock changes. */
const nearChangeArb = fc
  .constantFrom(...TRANSITIONS)
  .chain(({ zone, at }) => fc.tuple(fc.constant(zone), fc.constantFrom(...at), fc.integer({ min: -2 * HOUR, max: 2 * HOUR })))
  .map(([zone, at, delta]) => ({ zone, epochMs: at + delta }));
const instantInZoneArb = fc.oneof(
  fc.record({ zone: zoneArb, epochMs: anyInstantArb }),
  nearChangeArb,
);

const zone = (name: string) => {
  const found = zoneNamed(name);
  if (!found) throw new Error(`no zone ${name}`);
  return found;
};

describe("the billing engine's time zones without luxon", () => {
  it("knows the zones luxon knows, and refuses the ones it refuses", () => {
    for (const name of [...ZONES, "US/Eastern", "Etc/GMT+5", "america/new_york", "Mars/Olympus", "", "EST5EDT", "Not a zone"]) {
      expect(zoneNamed(name) !== null, name).toBe(luxonZoneIsValid(name));
    }
  });

  it("finds clock changes to test beside", () => {
    expect(TRANSITIONS.length).toBeGreaterThan(12);
  });

  it("gives the offset luxon gives, at any instant and beside every kind of clock change", () => {
    fc.assert(
      fc.property(instantInZoneArb, ({ zone: name, epochMs }) => {
        // Twice: the second answer may come from the per-hour memo.
        expect(zone(name).offsetAt(epochMs)).toBe(luxonOffset(epochMs, name));
        expect(zone(name).offsetAt(epochMs)).toBe(luxonOffset(epochMs, name));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the local date luxon gives", () => {
    fc.assert(
      fc.property(instantInZoneArb, ({ zone: name, epochMs }) => {
        expect(zoneDateOf(epochMs, zone(name))).toBe(luxonDateOf(epochMs, name));
      }),
      { numRuns: 3000 },
    );
  });

  it("puts local midnight where luxon does, on clock-change dates too", () => {
    const dateArb = fc.oneof(
      anyInstantArb.map((ms) => ({ ms, name: "UTC" })),
      nearChangeArb.map(({ zone: name, epochMs }) => ({ ms: epochMs, name })),
    );
    fc.assert(
      fc.property(dateArb, zoneArb, ({ ms, name }, other) => {
        // The calendar date of the instant in its own zone, resolved in that zone and in another.
        const d = new Date(ms + luxonOffset(ms, name) * 60_000);
        const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        expect(zoneMidnight(date, zone(name))).toBe(luxonMidnight(date, name));
        expect(zoneMidnight(date, zone(other))).toBe(luxonMidnight(date, other));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads every ISO instant with an offset as luxon does, and refuses what luxon refuses", () => {
    const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, "0"));
    const textArb = fc
      .record({
        year: digits(4, 9999),
        month: digits(2, 14),
        day: digits(2, 32),
        t: fc.constantFrom("T", "t"),
        hour: digits(2, 25),
        minute: digits(2, 61),
        seconds: fc.option(fc.tuple(digits(2, 61), fc.option(fc.tuple(fc.constantFrom(".", ","), fc.stringMatching(/^\d{1,32}$/))))),
        offset: fc.oneof(
          fc.constantFrom("Z", "z"),
          fc.tuple(fc.constantFrom("+", "-"), digits(2, 25), fc.option(fc.tuple(fc.constantFrom(":", ""), digits(2, 61)))).map(
            ([sign, h, m]) => `${sign}${h}${m ? m[0] + m[1] : ""}`,
          ),
        ),
      })
      .map(({ year, month, day, t, hour, minute, seconds, offset }) => {
        const secondsText = seconds ? `:${seconds[0]}${seconds[1] ? seconds[1][0] + seconds[1][1] : ""}` : "";
        return `${year}-${month}-${day}${t}${hour}:${minute}${secondsText}${offset}`;
      });
    fc.assert(
      fc.property(textArb, (text) => {
        expect(readIsoInstant(text), text).toBe(luxonInstant(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("reads the instants the note form sends exactly", () => {
    fc.assert(
      fc.property(instantInZoneArb, ({ zone: name, epochMs }) => {
        const offset = luxonOffset(epochMs, name);
        if (!Number.isInteger(offset)) return;
        const local = new Date(epochMs + offset * 60_000).toISOString().slice(0, -1);
        const sign = offset < 0 ? "-" : "+";
        const abs = Math.abs(offset);
        const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
        expect(readIsoInstant(text)).toBe(epochMs);
        expect(luxonInstant(text)).toBe(epochMs);
      }),
      { numRuns: 2000 },
    );
  });
});
