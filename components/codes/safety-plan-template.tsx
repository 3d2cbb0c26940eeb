import type { SafetyPlanTemplate } from "@/lib/guidance";
import { TextList } from "./guidance-section";

/** The Stanley–Brown steps in order, each with its question, a tip and editable examples. */
export function SafetyPlanTemplateView({ template }: { template: SafetyPlanTemplate }) {
  return (
    <div className="space-y-4">
      <p className="font-semibold">{template.title}</p>
      <TextList items={template.principles} />
      <ol className="space-y-4">
        {template.steps.map((step) => (
          <li key={step.id} className="rounded-md border border-slate-300 p-4">
            <h3 className="font-semibold">
              Step {step.step}: {step.title}
            </h3>
            <p className="mt-1 italic">“{step.prompt}”</p>
            <p className="mt-2 text-sm text-slate-700">
              <span className="font-semibold text-slate-900">Tip: </span>
              {step.clinicianTip}
            </p>
            <p className="mt-2 text-sm font-semibold">Examples to adapt</p>
            <TextList items={step.examples} />
          </li>
        ))}
      </ol>
    </div>
  );
}
