"use client";

import { useId } from "react";
import { type FieldError, type FieldPath, get, useFormContext, useFormState } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import type { NoteFormValues } from "@/lib/validation/session";

export type NotePath = FieldPath<NoteFormValues>;
type Option = { value: string; label: string };

/** The schema error of one field (too long, malformed date), as the Field components show it. */
export function useFieldError(name: NotePath): string | undefined {
  const { errors } = useFormState<NoteFormValues>({ name });
  const error: FieldError | undefined = get(errors, name);
  return error?.message;
}

/** A radio group as fieldset + legend; each option is a large bordered target for touch screens. */
type RadioFieldProps = { name: NotePath; legend: string; options: readonly Option[]; hint?: string; onChange?: (value: string) => void };

export function RadioField({ name, legend, options, hint, onChange }: RadioFieldProps) {
  const { register } = useFormContext<NoteFormValues>();
  const id = useId();
  const error = useFieldError(name);
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-base font-semibold text-slate-900">{legend}</legend>
      {hint ? <p className="text-sm text-slate-700">{hint}</p> : null}
      <div className="mt-2 flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-400 bg-white px-3 has-checked:border-brand-700 has-checked:bg-blue-50 has-checked:font-semibold"
          >
            <input type="radio" value={option.value} className="size-5 accent-brand-700" {...register(name, { onChange: (event: { target: { value: string } }) => onChange?.(event.target.value) })} />
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export const YES_NO: readonly Option[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

type TextAreaProps = { name: NotePath; label: string; hint?: string; rows?: number; compact?: boolean };

/** `compact` starts one line high and grows with the text: for short findings in long lists. */
export function TextAreaField({ name, label, hint, rows = 3, compact = false }: TextAreaProps) {
  const { register } = useFormContext<NoteFormValues>();
  return (
    <Field label={label} hint={hint} error={useFieldError(name)}>
      <Textarea rows={compact ? 1 : rows} className={compact ? "min-h-11 field-sizing-content" : undefined} {...register(name)} />
    </Field>
  );
}

export function TextField({ name, label, hint, type = "text" }: { name: NotePath; label: string; hint?: string; type?: "text" | "date" | "tel" }) {
  const { register } = useFormContext<NoteFormValues>();
  return (
    <Field label={label} hint={hint} error={useFieldError(name)}>
      <Input type={type} {...register(name)} />
    </Field>
  );
}

export function CheckboxField({ name, label, value }: { name: NotePath; label: string; value?: string }) {
  const { register } = useFormContext<NoteFormValues>();
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-3">
      <input type="checkbox" value={value} className="size-5 shrink-0 accent-brand-700" {...register(name)} />
      <span>{label}</span>
    </label>
  );
}
