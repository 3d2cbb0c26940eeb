import { DateTime, IANAZone } from "luxon";

/**
 * The billing engine's time-zone arithmetic as it was written with luxon, kept as the oracle for
 * the fast path in zone-time.ts (zone-time.test.ts compares the two). Tests and benchmarks only:
 * the engine itself never imports this file, so luxon stays out of the browser's billing code.
 */

/** luxon's reading of an ISO instant that states its own offset; null when invalid. */
export function luxonInstant(text: string): number | null {
  const parsed = DateTime.fromISO(text, { setZone: true });
  return parsed.isValid ? parsed.toMillis() : null;
}

export function luxonZoneIsValid(name: string): boolean {
  return IANAZone.create(name).isValid;
}

export function luxonOffset(epochMs: number, name: string): number {
  return IANAZone.create(name).offset(epochMs);
}

export function luxonDateOf(epochMs: number, name: string): string {
  return DateTime.fromMillis(epochMs, { zone: IANAZone.create(name) }).toISODate() ?? "";
}

/** The instant of a local midnight; null when the date is not a calendar date. */
export function luxonMidnight(date: { year: number; month: number; day: number }, name: string): number | null {
  const start = DateTime.fromObject(date, { zone: IANAZone.create(name) });
  return start.isValid ? start.toMillis() : null;
}
