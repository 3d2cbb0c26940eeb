"use client";

import { type FieldError, type FieldPath, get, useFormContext, useFormState } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { RadioGroup } from "@/components/ui/radio-group";
import type { NoteFormValues } from "@/lib/validation/session";

type NotePath = FieldPath<NoteFormValues>;
type Option = { value: string; label: string };

/** The schema error of one field (too long, malformed date), as the Field components show it. */
export function useFieldError(name: NotePath): string | undefined {
  const { errors } = useFormState<NoteFormValues>({ name });
  const error: FieldError | undefined = get(errors, name);
  return error?.message;
}

type RadioFieldProps = { name: NotePath; legend: string; options: readonly Option[]; hint?: string; onChange?: (value: string) => void };

/** The shared radio group, registered on the note form under its path, with the schema's error. */
export function RadioField({ name, legend, options, hint, onChange }: RadioFieldProps) {
  const { register } = useFormContext<NoteFormValues>();
  const inputProps = register(name, { onChange: (event: { target: { value: string } }) => onChange?.(event.target.value) });
  return <RadioGroup legend={legend} options={options} hint={hint} error={useFieldError(name)} inputProps={inputProps} />;
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
