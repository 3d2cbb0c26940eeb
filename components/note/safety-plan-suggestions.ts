import type { SafetyPlanStepId } from "@/lib/guidance";
import type { SafetyPlanItem } from "@/lib/validation/note";

/** Stanley–Brown steps whose items are people or services: they get a phone number field. */
export const CONTACT_STEPS: readonly SafetyPlanStepId[] = ["social-distraction", "help-contacts", "professional-contacts"];

const PHONE_SUFFIX = " — [phone]";

/**
 * A template example as a plan item. For contact steps the "— [phone]" tail moves to the phone
 * field (left empty to fill in), so the [bracketed] name is what the sign check asks to edit.
 */
export function suggestionItem(example: string, hasPhone: boolean): SafetyPlanItem {
  if (hasPhone && example.endsWith(PHONE_SUFFIX)) return { text: example.slice(0, -PHONE_SUFFIX.length), phone: "" };
  return { text: example, phone: "" };
}
