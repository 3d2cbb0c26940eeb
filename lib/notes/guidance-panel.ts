import { GUIDANCE_VERSION, getGuidance } from "@/lib/guidance";
import type { ChecklistItem } from "@/lib/guidance/types";

/**
 * Exactly what the note form shows beside the note. Signing stores this object with the note,
 * so the signed note displays the guidance the clinician actually saw.
 */
export type GuidancePanel = {
  version: string;
  codes: { code: string; name: string; purpose: string; indications: string[]; risks: string[] }[];
  checklist: ChecklistItem[];
};

export function crisisGuidancePanel(): GuidancePanel {
  const primary = getGuidance("90839");
  const addOn = getGuidance("90840");
  if (!primary || !addOn || !primary.documentationChecklist) throw new Error("crisis guidance entries are missing");
  return {
    version: GUIDANCE_VERSION,
    codes: [primary, addOn].map((entry) => ({
      code: entry.code,
      name: entry.name,
      purpose: entry.purpose,
      indications: [...entry.indications],
      risks: [...entry.risks],
    })),
    checklist: [...primary.documentationChecklist],
  };
}

/** Template items of each safety-plan step, for pre-filling a new note. */
export function safetyPlanTemplateItems(): Record<string, readonly string[]> {
  const template = getGuidance("90839")?.safetyPlanTemplate;
  return Object.fromEntries((template?.steps ?? []).map((step) => [step.id, step.examples]));
}
