import { SAFETY_PLAN_STEP_IDS, type SafetyPlanStep } from "@/lib/guidance";
import { safetyPlanStepHeading } from "@/lib/notes/sections";
import type { NoteBody } from "@/lib/validation/note";

type Props = {
  plan: NoteBody["safetyPlan"];
  /** The template's steps: the client's copy uses their plain-language titles and questions. */
  clientSteps?: readonly SafetyPlanStep[];
};

export const hasSafetyPlan = (plan: NoteBody["safetyPlan"]): boolean => SAFETY_PLAN_STEP_IDS.some((id) => plan[id].some((item) => item.text.trim() !== ""));

/** The safety plan, step by step, read-only: in the signed note, and as the client's handout. */
export function SafetyPlanView({ plan, clientSteps }: Props) {
  return (
    <ol className="space-y-4">
      {SAFETY_PLAN_STEP_IDS.map((id) => {
        const step = clientSteps?.find((s) => s.id === id);
        const items = plan[id].filter((item) => item.text.trim() !== "");
        return (
          <li key={id} className="break-inside-avoid">
            <h3 className="font-bold">{safetyPlanStepHeading(id, step?.title)}</h3>
            {step ? <p className="italic text-slate-700">{step.prompt}</p> : null}
            {items.length === 0 ? (
              <p className="text-slate-600">Nothing written for this step.</p>
            ) : (
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {items.map((item, i) => (
                  <li key={i}>
                    {item.text}
                    {item.phone ? <span className="font-semibold"> · {item.phone}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
