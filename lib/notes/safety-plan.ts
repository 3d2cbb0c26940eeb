import { SAFETY_PLAN_STEP_IDS, type SafetyPlanStepId } from "@/lib/guidance/ids";
import type { NoteBody } from "@/lib/validation/note";

// A new note starts with the universal services (988, 911) in "Professionals and agencies"
// (lib/notes/empty-note.ts): those alone are not a plan made with the client.
const PREFILLED_STEP: SafetyPlanStepId = "professional-contacts";

/**
 * Whether a safety plan was made with the client: some step other than the pre-filled
 * professional contacts has words in it. The client's printed copy and the consistency prompts
 * use this, so a low-risk note never hands out an empty "My safety plan".
 */
export function hasPersonalSafetyPlan(plan: NoteBody["safetyPlan"]): boolean {
  return SAFETY_PLAN_STEP_IDS.some((id) => id !== PREFILLED_STEP && plan[id].some((item) => item.text.trim() !== ""));
}
