import { type ComponentProps, useId } from "react";

type Option<T extends string> = { value: T; label: string };

/** What react-hook-form's register() returns (name, ref, onChange, onBlur), shared by all radios. */
type RegisteredInput = Omit<ComponentProps<"input">, "type" | "value" | "id" | "checked">;

type Props<T extends string> = {
  legend: string;
  options: readonly Option<T>[];
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
} & (
  | { inputProps: RegisteredInput; value?: never; onChange?: never }
  | { value: T; onChange: (value: T) => void; inputProps?: never }
);

/**
 * A labelled radio group: the fieldset's legend names it, arrow keys move between options
 * natively, the hint and error are tied to the group for screen readers, and each option is a
 * large bordered target for touch screens. Pass `inputProps` from react-hook-form's register(),
 * or `value` and `onChange` to control it from state.
 */
export function RadioGroup<T extends string>({ legend, options, hint, error, required, ...binding }: Props<T>) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  // Controlled radios still need one shared name, or the browser would not group them.
  const inputFor = (option: Option<T>): ComponentProps<"input"> =>
    binding.inputProps ?? { name: id, checked: binding.value === option.value, onChange: () => binding.onChange(option.value) };
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-semibold text-slate-900">
        {legend}
        {required ? <span className="text-danger-700"> (required)</span> : null}
      </legend>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            htmlFor={`${id}-${option.value}`}
            className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-400 bg-white px-3 has-checked:border-brand-700 has-checked:bg-blue-50 has-checked:font-semibold"
          >
            <input id={`${id}-${option.value}`} type="radio" value={option.value} className="size-5 accent-brand-700" {...inputFor(option)} />
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
