import { type ComponentProps, useId } from "react";

type Option = { value: string; label: string };

type Props = {
  legend: string;
  options: readonly Option[];
  error?: string | undefined;
  required?: boolean;
  /** What react-hook-form's register() returns (name, ref, onChange, onBlur), shared by all radios. */
  inputProps: Omit<ComponentProps<"input">, "type" | "value" | "id">;
};

/**
 * A labelled radio group: the fieldset's legend names it, arrow keys move between options
 * natively, and an error is tied to the group for screen readers.
 */
export function RadioGroup({ legend, options, error, required, inputProps }: Props) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId} aria-invalid={error ? true : undefined}>
      <legend className="mb-2 text-sm font-semibold text-slate-900">
        {legend}
        {required ? <span className="text-danger-700"> (required)</span> : null}
      </legend>
      <div className="flex flex-wrap gap-x-6 gap-y-1">
        {options.map((option) => (
          <label key={option.value} htmlFor={`${id}-${option.value}`} className="inline-flex min-h-11 items-center gap-2">
            <input id={`${id}-${option.value}`} type="radio" value={option.value} className="size-5 accent-brand-700" {...inputProps} />
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
