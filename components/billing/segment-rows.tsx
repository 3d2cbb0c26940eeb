import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { SegmentRow } from "./calculator-model";

type SegmentRowsProps = {
  rows: readonly SegmentRow[];
  rowErrors: ReadonlyMap<number, string>;
  timeZone: string;
  onChange: (key: number, field: "start" | "end", value: string) => void;
  onAdd: () => void;
  onRemove: (key: number) => void;
};

/** Start/end pairs in the practice zone; labels carry the segment number so each is unique. */
export function SegmentRows({ rows, rowErrors, timeZone, onChange, onAdd, onRemove }: SegmentRowsProps) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-slate-900">Time segments ({timeZone})</legend>
      <p className="text-sm text-slate-700">Face-to-face times only; pauses between segments are not counted.</p>
      <ol className="space-y-3">
        {rows.map((row, index) => {
          const number = index + 1;
          return (
            <li key={row.key} className="grid gap-3 rounded-md border border-slate-300 p-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-start">
              <Field label={`Segment ${number} start`}>
                <Input
                  type="datetime-local"
                  value={row.start}
                  onChange={(event) => onChange(row.key, "start", event.target.value)}
                />
              </Field>
              <Field label={`Segment ${number} end`} error={rowErrors.get(index)}>
                <Input
                  type="datetime-local"
                  value={row.end}
                  onChange={(event) => onChange(row.key, "end", event.target.value)}
                />
              </Field>
              <Button
                variant="secondary"
                className="sm:mt-6"
                disabled={rows.length === 1}
                aria-label={`Remove segment ${number}`}
                onClick={() => onRemove(row.key)}
              >
                Remove
              </Button>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" onClick={onAdd}>
        Add segment
      </Button>
    </fieldset>
  );
}
