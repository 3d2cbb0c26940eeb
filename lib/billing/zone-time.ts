/**
 * The billing engine's time-zone arithmetic without a date library: an IANA zone's offset at an
 * instant from one cached `Intl.DateTimeFormat` per zone (and a per-hour memo of its answers),
 * and a small reader of ISO 8601 instants. It computes what luxon computes (luxon is kept as the
 * test oracle, lib/billing/luxon-reference.ts and zone-time.test.ts), at a fraction of the cost,
 * and keeps luxon out of the browser's billing code.
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
/** Offsets remembered per zone before the memo starts over (a year of hours is ~8,800). */
const MEMO_LIMIT = 20_000;

export type PracticeZone = {
  /** The IANA name as given, e.g. America/New_York. */
  readonly name: string;
  /** Minutes to add to UTC to get the zone's wall clock at `epochMs`, as luxon's `IANAZone.offset`. */
  offsetAt(epochMs: number): number;
};

const zones = new Map<string, PracticeZone | null>();

/** The zone named `name`, or null when it is not an IANA zone this runtime knows (as luxon's `IANAZone.isValid`). */
export function zoneNamed(name: string): PracticeZone | null {
  const known = zones.get(name);
  if (known !== undefined) return known;
  let zone: PracticeZone | null;
  try {
    zone = makeZone(name);
  } catch {
    zone = null;
  }
  zones.set(name, zone);
  return zone;
}

function makeZone(name: string): PracticeZone {
  // The same formatter luxon builds (en-US, 24-hour clock, era), so both read the same wall clock.
  const format = new Intl.DateTimeFormat("en-US", {
    hour12: false,
    timeZone: name,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    era: "short",
  });
  format.format(0);
  /** Offset per UTC hour, for hours whose first and last millisecond share it (no change inside). */
  const memo = new Map<number, number>();

  const exactOffset = (epochMs: number): number => {
    const wall = wallClock(format, epochMs);
    const over = epochMs % 1000;
    const wholeSecond = epochMs - (over >= 0 ? over : 1000 + over);
    return (wall - wholeSecond) / MS_PER_MINUTE;
  };

  return {
    name,
    offsetAt(epochMs: number): number {
      if (!Number.isFinite(epochMs)) return NaN;
      const hour = Math.floor(epochMs / MS_PER_HOUR);
      const remembered = memo.get(hour);
      if (remembered !== undefined) return remembered;
      const offset = exactOffset(epochMs);
      const hourStart = hour * MS_PER_HOUR;
      if (exactOffset(hourStart) === offset && exactOffset(hourStart + MS_PER_HOUR - 1) === offset) {
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(hour, offset);
      }
      return offset;
    },
  };
}

/** The zone's wall clock at `epochMs`, to the second, as if it were UTC (epoch ms). */
function wallClock(format: Intl.DateTimeFormat, epochMs: number): number {
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let isBeforeChrist = false;
  for (const part of format.formatToParts(epochMs)) {
    switch (part.type) {
      case "year":
        year = Number(part.value);
        break;
      case "month":
        month = Number(part.value);
        break;
      case "day":
        day = Number(part.value);
        break;
      case "hour":
        // Some engines say 24 for midnight with hour12: false.
        hour = Number(part.value) % 24;
        break;
      case "minute":
        minute = Number(part.value);
        break;
      case "second":
        second = Number(part.value);
        break;
      case "era":
        isBeforeChrist = part.value === "BC" || part.value === "B";
        break;
    }
  }
  if (isBeforeChrist) year = -Math.abs(year) + 1;
  return utcMillis({ year, month, day, hour, minute, second, millisecond: 0 });
}

export type CalendarDate = { year: number; month: number; day: number };
type WallTime = CalendarDate & { hour: number; minute: number; second: number; millisecond: number };

/** The wall time read as UTC, in epoch ms; years 0–99 are those years (not 1900–1999). */
function utcMillis(t: WallTime): number {
  let ms = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, t.millisecond);
  if (t.year < 100 && t.year >= 0) {
    const date = new Date(ms);
    date.setUTCFullYear(t.year, t.month - 1, t.day);
    ms = date.getTime();
  }
  return ms;
}

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidCalendarDate({ year, month, day }: CalendarDate): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The following calendar date: plain calendar arithmetic, no zone involved. */
export function nextCalendarDate({ year, month, day }: CalendarDate): CalendarDate {
  if (day < daysInMonth(year, month)) return { year, month, day: day + 1 };
  return month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
}

const pad = (value: number, width: number) => (value < 0 ? "-" + String(-value).padStart(width, "0") : String(value).padStart(width, "0"));

/** The zone's calendar date (YYYY-MM-DD, luxon's `toISODate`) at an instant. */
export function zoneDateOf(epochMs: number, zone: PracticeZone): string {
  const local = new Date(epochMs + zone.offsetAt(epochMs) * MS_PER_MINUTE);
  const year = local.getUTCFullYear();
  const isLong = year > 9999 || year < 0;
  const yearText = (isLong && year >= 0 ? "+" : "") + pad(year, isLong ? 6 : 4);
  return `${yearText}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)}`;
}

/**
 * The instant a local midnight names in the zone (luxon's `DateTime.fromObject` with the same
 * first guess, so it picks the same instant): in a gap it moves forward to the first instant of
 * the day; a repeated midnight resolves with the zone's offset now as the guess, as luxon does.
 */
export function zoneMidnight(date: CalendarDate, zone: PracticeZone): number {
  // Fields listed, not spread: a spread here cost more than the rest of the function.
  const localMs = utcMillis({ year: date.year, month: date.month, day: date.day, hour: 0, minute: 0, second: 0, millisecond: 0 });
  const guess = zone.offsetAt(Date.now());
  let utcGuess = localMs - guess * MS_PER_MINUTE;
  const o2 = zone.offsetAt(utcGuess);
  if (guess === o2) return utcGuess;
  utcGuess -= (o2 - guess) * MS_PER_MINUTE;
  const o3 = zone.offsetAt(utcGuess);
  if (o2 === o3) return utcGuess;
  return localMs - Math.min(o2, o3) * MS_PER_MINUTE;
}

/**
 * An ISO 8601 date-time with its own offset (the shape instants.ts checks first) → epoch ms,
 * or null when a field is out of range (month 13, 25:00, 30 February, more than 30 fraction
 * digits). The same ranges as luxon's `DateTime.fromISO`, including 24:00:00 as the next midnight.
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,30}))?)?(?:([Zz])|([+-]\d{2})(?::?(\d{2}))?)$/;

export function readIsoInstant(text: string): number | null {
  const match = ISO_INSTANT.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction, , offsetHours, offsetMinutes] = match;
  const wall: WallTime = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: s === undefined ? 0 : Number(s),
    millisecond: fraction === undefined ? 0 : Math.floor(parseFloat("0." + fraction) * 1000),
  };
  if (!isValidCalendarDate(wall)) return null;
  const isMidnightAtEnd = wall.hour === 24 && wall.minute === 0 && wall.second === 0 && wall.millisecond === 0;
  if (!(wall.hour <= 23 || isMidnightAtEnd) || wall.minute > 59 || wall.second > 59) return null;
  let offset = 0;
  if (offsetHours !== undefined) {
    const hours = parseInt(offsetHours, 10);
    const minutes = offsetMinutes === undefined ? 0 : parseInt(offsetMinutes, 10);
    // "-00:30" is half an hour west: the sign of the hours applies to the minutes, -0 included.
    offset = hours * 60 + (hours < 0 || Object.is(hours, -0) ? -minutes : minutes);
  }
  return utcMillis(wall) - offset * MS_PER_MINUTE;
}
