import { DateTime } from "luxon";

/** An instant shown in the practice time zone, e.g. "Nov 27, 2026, 2:05:09 AM EST". */
export function formatInstant(iso: string, timeZone: string): string {
  return DateTime.fromISO(iso, { zone: "utc" }).setZone(timeZone).toLocaleString(
    { ...DateTime.DATETIME_MED_WITH_SECONDS, timeZoneName: "short" },
    { locale: "en-US" },
  );
}
