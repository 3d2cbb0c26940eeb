"use client";

import { useId, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { SAME_DAY_EM_CHOICES, SAME_DAY_PSYCHOTHERAPY_CHOICES } from "@/lib/billing/same-day-choices";
import { checkDiagnosisCode, getDiagnosis, searchDiagnoses } from "@/lib/diagnoses";
import { MAX_DIAGNOSES } from "@/lib/notes/limits";
import type { NoteFormValues } from "@/lib/validation/session";
import { CheckboxField, useFieldError } from "./controls";
import { NoteSection } from "./note-section";

const MATCHES_SHOWN = 8;

/** Diagnoses, primary first, picked from the practice list by code or words (or typed when well formed). */
function DiagnosisPicker() {
  const { control, setValue } = useFormContext<NoteFormValues>();
  const diagnoses = useWatch({ control, name: "note.diagnoses" }) ?? [];
  const error = useFieldError("note.diagnoses");
  const [query, setQuery] = useState("");
  const searchId = useId();
  const set = (next: string[]) => setValue("note.diagnoses", next, { shouldDirty: true, shouldValidate: false });
  const add = (code: string) => {
    if (!diagnoses.includes(code) && diagnoses.length < MAX_DIAGNOSES) set([...diagnoses, code]);
    setQuery("");
  };
  const matches = query.trim() ? searchDiagnoses(query, MATCHES_SHOWN).filter((m) => !diagnoses.includes(m.entry.code)) : [];
  const typed = checkDiagnosisCode(query);
  const offerTyped = typed.status === "well-formed" && !diagnoses.includes(typed.code);
  const isFull = diagnoses.length >= MAX_DIAGNOSES;

  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold text-slate-900">Diagnoses (ICD-10-CM), primary first</legend>
      {diagnoses.length === 0 ? (
        <p className="text-slate-700">No diagnosis yet. A note needs at least one to be signed.</p>
      ) : (
        <ol aria-label="Chosen diagnoses" className="space-y-2">
          {diagnoses.map((code, index) => (
            <li key={code} className="flex flex-wrap items-center gap-3 rounded-md border border-slate-300 px-3 py-2">
              <span>
                <span className="font-mono font-semibold">{code}</span> {getDiagnosis(code)?.title ?? "(not in the practice list)"}
                {index === 0 ? <strong className="ml-2">Primary</strong> : null}
              </span>
              <span className="ml-auto flex gap-2">
                {index > 0 ? (
                  <Button type="button" variant="secondary" onClick={() => set([code, ...diagnoses.filter((c) => c !== code)])}>
                    Make {code} primary
                  </Button>
                ) : null}
                <Button type="button" variant="secondary" onClick={() => set(diagnoses.filter((c) => c !== code))}>
                  Remove {code}
                </Button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {isFull ? (
        <p className="text-slate-700">{`${MAX_DIAGNOSES} diagnoses is the most a note holds. Remove one to add another.`}</p>
      ) : (
        <div className="space-y-2">
          <label htmlFor={searchId} className="block font-semibold">
            Find a diagnosis by code or words
          </label>
          <Input id={searchId} type="search" autoComplete="off" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="e.g. F43.0 or acute stress" />
          {matches.length > 0 || offerTyped ? (
            <ul aria-label="Matching diagnoses" className="space-y-1">
              {matches.map(({ entry }) => (
                <li key={entry.code}>
                  <Button type="button" variant="secondary" className="w-full justify-start text-left" onClick={() => add(entry.code)}>
                    Add {entry.code} {entry.title}
                  </Button>
                </li>
              ))}
              {offerTyped ? (
                <li>
                  <Button type="button" variant="secondary" className="w-full justify-start text-left" onClick={() => add(typed.code)}>
                    Add {typed.code} (a well-formed code outside the practice list)
                  </Button>
                </li>
              ) : null}
            </ul>
          ) : query.trim() ? (
            <p className="text-slate-700">No diagnosis in the practice list matches. A full code such as F43.10 can be added as typed.</p>
          ) : null}
        </div>
      )}
      {error ? <p className="text-sm font-medium text-danger-700">{error}</p> : null}
    </fieldset>
  );
}

/** Diagnoses and the other services billed today, which decide conflicts and the E/M add-on. */
export function CodingSection() {
  return (
    <NoteSection section="coding">
      <DiagnosisPicker />
      <fieldset className="space-y-2">
        <legend className="text-base font-semibold text-slate-900">Other services you billed this client today</legend>
        <p className="text-slate-700">Some cannot be billed with crisis codes on the same day; an E/M visit with 16–29 crisis minutes bills +90833.</p>
        <div className="grid gap-x-6 sm:grid-cols-2">
          {SAME_DAY_PSYCHOTHERAPY_CHOICES.map((choice) => (
            <CheckboxField key={choice.code} name="note.sameDayCodes" value={choice.code} label={choice.label} />
          ))}
        </div>
        <details>
          <summary className="cursor-pointer font-semibold">E/M visits (medical evaluation and management)</summary>
          <div className="mt-2 grid grid-cols-3 gap-x-6 sm:grid-cols-5">
            {SAME_DAY_EM_CHOICES.map((choice) => (
              <CheckboxField key={choice.code} name="note.sameDayCodes" value={choice.code} label={choice.label} />
            ))}
          </div>
        </details>
      </fieldset>
    </NoteSection>
  );
}
