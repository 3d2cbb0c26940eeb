import type { SafetyPlanStep } from "@/lib/guidance";
import type { NoteBody } from "@/lib/validation/note";
import { SafetyPlanView } from "./safety-plan-view";

type Props = { clientName: string; clinician: string; date: string | null; plan: NoteBody["safetyPlan"]; steps: readonly SafetyPlanStep[] };

/** The client's copy of the safety plan, on its own printed page, in plain language. */
export function ClientSafetyPlan({ clientName, clinician, date, plan, steps }: Props) {
  return (
    <section aria-labelledby="client-plan-heading" className="client-plan-page space-y-4 break-before-page rounded-lg border border-slate-300 bg-white p-6 print:border-0 print:p-0">
      <h2 id="client-plan-heading" className="text-2xl font-bold">
        My safety plan
      </h2>
      <p>
        {`For ${clientName}. Made together with ${clinician}${date ? ` on ${date}` : ""}.`} Use the steps in order: start with step 1 and move on if you still do not
        feel safe.
      </p>
      <SafetyPlanView plan={plan} clientSteps={steps} />
      <p className="rounded-md border-2 border-slate-900 p-3 font-semibold">
        If you are in danger right now, call 911. You can call or text 988 (Suicide &amp; Crisis Lifeline) at any time, day or night.
      </p>
    </section>
  );
}
