import { SECTION_IDS } from "./note-section";

/** Where a MissingItem field that is not a form control lives on the page. */
function anchorFor(field: string): HTMLElement | null {
  const step = /^note\.safetyPlan\.(.+)$/.exec(field)?.[1];
  if (step) return document.getElementById(`safety-plan-${step}`);
  // Time segments are edited above the note (components/session); fall back to the sign panel.
  if (field === "segments") return document.getElementById("segments-heading")?.closest("section") ?? document.getElementById(SECTION_IDS.sign);
  return null;
}

/**
 * Moves focus to the field a missing item names. Form controls carry their react-hook-form path
 * as `name`, so the first control of that name (a radio group's first option) is the target.
 */
export function focusField(field: string): void {
  const control = document.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`);
  const target = control ?? anchorFor(field);
  if (!target) return;
  // Non-control anchors (a step's fieldset, a section) need a tabindex to take focus.
  if (!control && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}
