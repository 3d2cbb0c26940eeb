import type { ComponentProps } from "react";
import { Select } from "@/components/ui/input";
import { IN_PERSON_PLACE_OPTIONS } from "@/lib/billing/place-of-service";

/**
 * The in-person setting, listed alike on every form: the name first so typing a letter finds it,
 * then the code the bill carries. It takes a select's own props, so it works registered with
 * react-hook-form or controlled, and inside a Field, which labels it.
 */
export function PlaceOfServiceSelect(props: ComponentProps<"select">) {
  return (
    <Select {...props}>
      {IN_PERSON_PLACE_OPTIONS.map(({ code, label }) => (
        <option key={code} value={code}>
          {`${label} (POS ${code})`}
        </option>
      ))}
    </Select>
  );
}
