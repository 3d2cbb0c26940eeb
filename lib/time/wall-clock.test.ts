import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { wallClockDateTime, wallClockInstant, wallClockLocal, wallClockTime } from "./wall-clock";

// Zones with clock changes, half-hour and 45-minute offsets, and no changes at all.
const ZONES = ["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe", "Europe/London", "UTC"];

const luxon = (iso: string, zone: string) => DateTime.fromISO(iso, { zone: "utc" }).setZone(zone);
const instants = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }).map((ms) => new Date(ms).toISOString());

describe("wall-clock readings agree with luxon", () => {
  it("for random instants in every zone", () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (iso, zone) => {
        const at = luxon(iso, zone);
        expect(wallClockLocal(iso, zone)).toBe(at.toFormat("yyyy-LL-dd'T'HH:mm"));
        expect(wallClockTime(iso, zone)).toBe(at.toFormat("h:mm a"));
        expect(wallClockDateTime(iso, zone)).toBe(at.toFormat("LLL d, yyyy, h:mm a ZZZZ"));
        // luxon may put a narrow no-break space before AM/PM where Intl puts a space: the same text to a reader.
        const luxonInstant = at.toLocaleString({ ...DateTime.DATETIME_MED_WITH_SECONDS, timeZoneName: "short" }, { locale: "en-US" });
        expect(wallClockInstant(iso, zone)).toBe(luxonInstant.replaceAll("\u202f", " "));
      }),
      { numRuns: 2000 },
    );
  });

  it("around the 2026 clock changes and at midnight", () => {
    const cases = ["2026-03-08T06:59:00.000Z", "2026-03-08T07:00:00.000Z", "2026-11-01T05:30:00.000Z", "2026-11-01T06:30:00.000Z", "2026-11-28T05:00:00.000Z"];
    for (const iso of cases) {
      expect(wallClockLocal(iso, "America/New_York")).toBe(luxon(iso, "America/New_York").toFormat("yyyy-LL-dd'T'HH:mm"));
      expect(wallClockDateTime(iso, "America/New_York")).toBe(luxon(iso, "America/New_York").toFormat("LLL d, yyyy, h:mm a ZZZZ"));
    }
    expect(wallClockLocal("2026-11-28T05:00:00.000Z", "America/New_York")).toBe("2026-11-28T00:00");
    expect(wallClockTime("2026-11-28T05:00:00.000Z", "America/New_York")).toBe("12:00 AM");
    expect(wallClockDateTime("2026-07-04T16:14:00.000Z", "America/New_York")).toBe("Jul 4, 2026, 12:14 PM EDT");
  });
});
