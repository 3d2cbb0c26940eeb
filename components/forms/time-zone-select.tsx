import type { ComponentProps } from "react";
import { Select } from "@/components/ui/input";
import { zoneGroups } from "@/lib/time/zones";

/**
 * The time zones as a plain select (every browser makes it type-to-find): the common US zones
 * first by their everyday names, then every IANA zone.
 */
export function TimeZoneSelect({ zones, selected, ...props }: ComponentProps<"select"> & { zones: string[]; selected?: string }) {
  const groups = zoneGroups(zones, selected);
  return (
    <Select {...props}>
      <optgroup label="Common US time zones">
        {groups.common.map((option) => (
          <option key={option.zone} value={option.zone}>
            {option.label}
          </option>
        ))}
      </optgroup>
      <optgroup label="All time zones">
        {groups.all.map((option) => (
          <option key={option.zone} value={option.zone}>
            {option.label}
          </option>
        ))}
      </optgroup>
    </Select>
  );
}
