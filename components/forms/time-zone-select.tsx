import type { ComponentProps } from "react";
import { Select } from "@/components/ui/input";

/** The IANA zones as a plain select: long, but every browser makes it type-to-find. */
export function TimeZoneSelect({ zones, ...props }: ComponentProps<"select"> & { zones: string[] }) {
  return (
    <Select {...props}>
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone}
        </option>
      ))}
    </Select>
  );
}
