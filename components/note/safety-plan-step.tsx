"use client";

import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { SafetyPlanStep } from "@/lib/guidance";
import { hasTemplatePlaceholder } from "@/lib/notes/empty-note";
import { SAFETY_PLAN_STEP_TITLES, safetyPlanStepHeading } from "@/lib/notes/sections";
import type { NoteFormValues } from "@/lib/validation/session";
import { CONTACT_STEPS, suggestionItem } from "./safety-plan-suggestions";

/** One Stanley–Brown step: an editable list of items, with the template's examples one click away. */
export function SafetyPlanStepEditor({ step }: { step: SafetyPlanStep }) {
  const { control, register } = useFormContext<NoteFormValues>();
  const name = `note.safetyPlan.${step.id}` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  const items = useWatch({ control, name });
  const title = SAFETY_PLAN_STEP_TITLES[step.id];
  const hasPhone = CONTACT_STEPS.includes(step.id);
  const suggestions = step.examples.filter((example) => !items.some((item) => item.text === suggestionItem(example, hasPhone).text));
  const anchor = `safety-plan-${step.id}`;

  return (
    <fieldset id={anchor} tabIndex={-1} className="scroll-mt-16 space-y-3 rounded-md border border-slate-300 p-4">
      <legend className="px-1 text-lg font-semibold text-slate-900">{safetyPlanStepHeading(step.id)}</legend>
      <p className="italic text-slate-800">“{step.prompt}”</p>
      <p className="text-sm text-slate-700">{step.clinicianTip}</p>
      {fields.length === 0 ? <p className="text-slate-700">No items yet.</p> : null}
      <ol className="space-y-3">
        {fields.map((field, index) => {
          const placeholder = hasTemplatePlaceholder(items[index]?.text ?? "");
          const hintId = `${anchor}-${index}-hint`;
          return (
            <li key={field.id} className="flex flex-wrap items-start gap-2">
              <span aria-hidden className="min-h-11 w-6 pt-2.5 text-right font-semibold">
                {index + 1}.
              </span>
              <div className="min-w-48 flex-1 space-y-1">
                <label htmlFor={`${anchor}-${index}-text`} className="sr-only">{`${title}, item ${index + 1}`}</label>
                <Input id={`${anchor}-${index}-text`} aria-invalid={placeholder || undefined} aria-describedby={placeholder ? hintId : undefined} {...register(`${name}.${index}.text`)} />
                {placeholder ? (
                  <p id={hintId} className="text-sm font-medium text-danger-700">
                    Replace the [bracketed] text with the client&apos;s own details.
                  </p>
                ) : null}
              </div>
              {hasPhone ? (
                <div className="w-44">
                  <label htmlFor={`${anchor}-${index}-phone`} className="sr-only">{`${title}, item ${index + 1}, phone`}</label>
                  <Input id={`${anchor}-${index}-phone`} type="tel" placeholder="Phone (optional)" {...register(`${name}.${index}.phone`)} />
                </div>
              ) : null}
              <Button variant="secondary" onClick={() => remove(index)} aria-label={`Remove item ${index + 1} from ${title}`}>
                Remove
              </Button>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" onClick={() => append({ text: "", phone: "" })}>
        Add item to {title}
      </Button>
      {suggestions.length > 0 ? (
        <div className="space-y-2">
          <p className="text-sm font-semibold text-slate-800">Suggestions from the template (edit anything in [brackets]):</p>
          <ul className="flex flex-wrap gap-2">
            {suggestions.map((example) => (
              <li key={example}>
                <button
                  type="button"
                  onClick={() => append(suggestionItem(example, hasPhone))}
                  className="min-h-11 rounded-full border border-dashed border-brand-700 bg-white px-3 py-1 text-left text-sm text-brand-800 hover:bg-blue-50"
                >
                  <span aria-hidden>+ </span>
                  <span className="sr-only">Add suggestion: </span>
                  {example}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
