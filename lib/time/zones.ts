/** The US zones most practices use, in a readable order, with the names clinicians know them by. */
export const COMMON_US_ZONES: readonly { zone: string; label: string }[] = [
  { zone: "America/New_York", label: "Eastern Time (New York)" },
  { zone: "America/Chicago", label: "Central Time (Chicago)" },
  { zone: "America/Denver", label: "Mountain Time (Denver)" },
  { zone: "America/Phoenix", label: "Mountain Time, no daylight saving (Arizona)" },
  { zone: "America/Los_Angeles", label: "Pacific Time (Los Angeles)" },
  { zone: "America/Anchorage", label: "Alaska Time (Anchorage)" },
  { zone: "Pacific/Honolulu", label: "Hawaii Time (Honolulu)" },
  { zone: "America/Puerto_Rico", label: "Atlantic Time (Puerto Rico)" },
];

export type ZoneOption = { zone: string; label: string };
export type ZoneGroups = { common: ZoneOption[]; all: ZoneOption[] };

/** "America/Argentina/Buenos_Aires" → "America / Argentina / Buenos Aires". */
const readable = (zone: string): string => zone.replaceAll("_", " ").replaceAll("/", " / ");

/** A zone's label in the select: the common name for the usual US zones, else the IANA name made readable. */
export function zoneLabel(zone: string): string {
  const common = COMMON_US_ZONES.find((option) => option.zone === zone);
  return common ? common.label : readable(zone);
}

/**
 * The select's two groups: the common US zones the server knows first, then every other zone once.
 * A zone outside the list that is selected now (an old stored value) is kept, so it is not lost.
 */
export function zoneGroups(zones: readonly string[], selected?: string): ZoneGroups {
  const known = new Set(zones);
  const common = COMMON_US_ZONES.filter((option) => known.has(option.zone));
  const inCommon = new Set(common.map((option) => option.zone));
  const rest = [...zones, ...(selected && !known.has(selected) ? [selected] : [])].filter((zone) => !inCommon.has(zone));
  return { common, all: rest.map((zone) => ({ zone, label: readable(zone) })) };
}

/** The browser's zone when the list has it, for a sensible default; null otherwise. */
export function preferredZone(zones: readonly string[], browserZone: string | undefined): string | null {
  return browserZone && zones.includes(browserZone) ? browserZone : null;
}
