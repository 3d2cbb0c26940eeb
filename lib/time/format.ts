import { wallClockInstant } from "./wall-clock";

/**
 * An instant shown in the practice time zone, e.g. "Nov 27, 2026, 2:05:09 AM EST". Intl only
 * (lib/time/wall-clock.ts), so a page and its hydrated client components print the same text.
 */
export function formatInstant(iso: string, timeZone: string): string {
  return wallClockInstant(iso, timeZone);
}
