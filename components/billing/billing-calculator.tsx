"use client";

import { useRef, useState } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { RadioGroup } from "@/components/ui/radio-group";
import type { Modality } from "@/lib/billing";
import { BillingResultView } from "./billing-result";
import { type CalculatorState, type EntryMode, MAX_MINUTES, evaluateCalculator } from "./calculator-model";
import { PlaceFields } from "./place-fields";
import { SegmentRows } from "./segment-rows";

const MODES: readonly { value: EntryMode; label: string }[] = [
  { value: "minutes", label: "Total minutes" },
  { value: "segments", label: "Time segments" },
];

type BillingCalculatorProps = { timeZone: string; defaultPlaceOfService: string };

/**
 * Lines, warnings and the next threshold for a crisis contact, recomputed on every change by
 * the same pure `computeCrisisBilling` that notes use, so the reference page cannot disagree
 * with what a signed note bills.
 */
export function BillingCalculator({ timeZone, defaultPlaceOfService }: BillingCalculatorProps) {
  const nextKey = useRef(1);
  const [state, setState] = useState<CalculatorState>({
    mode: "minutes",
    minutes: "",
    rows: [{ key: 0, start: "", end: "" }],
    modality: "in_person",
    placeOfService: defaultPlaceOfService,
    clientAtHome: false,
  });
  const update = (patch: Partial<CalculatorState>) => setState((current) => ({ ...current, ...patch }));
  const outcome = evaluateCalculator(state, timeZone);
  const rowErrors = outcome.kind === "invalid" ? outcome.rowErrors : new Map<number, string>();

  return (
    <div className="space-y-6">
      <form aria-label="Billing calculator" className="space-y-5" onSubmit={(event) => event.preventDefault()}>
        <RadioGroup legend="Enter time as" options={MODES} value={state.mode} onChange={(mode) => update({ mode })} />
        {state.mode === "minutes" ? (
          <Field
            label="Total crisis minutes"
            hint={`Whole minutes of face-to-face crisis time on one date, 0 to ${MAX_MINUTES}.`}
            error={outcome.kind === "invalid" ? outcome.minutesError : undefined}
          >
            <Input
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className="max-w-40"
              value={state.minutes}
              onChange={(event) => update({ minutes: event.target.value })}
            />
          </Field>
        ) : (
          <SegmentRows
            rows={state.rows}
            rowErrors={rowErrors}
            timeZone={timeZone}
            onChange={(key, field, value) =>
              update({ rows: state.rows.map((row) => (row.key === key ? { ...row, [field]: value } : row)) })
            }
            onAdd={() => update({ rows: [...state.rows, { key: nextKey.current++, start: "", end: "" }] })}
            onRemove={(key) => update({ rows: state.rows.filter((row) => row.key !== key) })}
          />
        )}
        <PlaceFields
          modality={state.modality}
          placeOfService={state.placeOfService}
          clientAtHome={state.clientAtHome}
          onModalityChange={(modality: Modality) => update({ modality })}
          onPlaceChange={(placeOfService) => update({ placeOfService })}
          onClientAtHomeChange={(clientAtHome) => update({ clientAtHome })}
        />
      </form>
      <section aria-labelledby="calculator-result-heading" className="rounded-md border border-slate-300 bg-slate-50 p-4">
        <h3 id="calculator-result-heading" className="mb-3 text-base font-semibold">
          Result
        </h3>
        <div aria-live="polite">
          {outcome.kind === "result" ? <BillingResultView result={outcome.result} /> : null}
          {outcome.kind === "waiting" ? <p className="text-slate-700">{outcome.message}</p> : null}
          {outcome.kind === "invalid" ? (
            <p className="font-medium text-danger-700">Correct the highlighted entry to see the billing lines.</p>
          ) : null}
        </div>
      </section>
    </div>
  );
}
