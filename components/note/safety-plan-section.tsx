"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { Notice } from "@/components/ui/notice";
import type { SafetyPlanStep } from "@/lib/guidance";
import { safetyPlanRequired } from "@/lib/notes/sign-readiness";
import type { NoteFormValues } from "@/lib/validation/session";
import { NoteSection } from "./note-section";
import { SafetyPlanStepEditor } from "./safety-plan-step";

/** The Stanley–Brown safety plan, written with the client; printed on its own page to hand to them. */
export function SafetyPlanSection({ steps }: { steps: readonly SafetyPlanStep[] }) {
  const { control } = useFormContext<NoteFormValues>();
  const [riskLevel, cssrs] = useWatch({ control, name: ["note.riskLevel", "note.cssrs"] });
  const required = safetyPlanRequired({ riskLevel, cssrs });
  return (
    <NoteSection
      section="safetyPlan"
      intro="Write it with the client, in their words. The steps are used in order: first what they can do alone, then people, then professionals."
    >
      {required ? (
        <Notice tone="info">
          <strong>Required for this note</strong> because the risk level is moderate or high, or the C-SSRS screen is high risk. Every step needs at least one item
          before you can sign.
        </Notice>
      ) : (
        <p className="rounded-md bg-slate-100 px-4 py-3 text-slate-800">
          Not required at low risk with a screen that is not high risk, but recommended whenever suicidal thoughts were discussed.
        </p>
      )}
      {steps.map((step) => (
        <SafetyPlanStepEditor key={step.id} step={step} />
      ))}
    </NoteSection>
  );
}
