"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { MSE_DOMAINS } from "@/lib/notes/mental-status";
import type { NoteFormValues } from "@/lib/validation/session";
import { CheckboxField, TextAreaField } from "./controls";
import { NoteSection } from "./note-section";

/** Mental status exam: one click per domain for "within normal limits", or a written finding. */
export function MseSection() {
  const { control, getValues, setValue } = useFormContext<NoteFormValues>();
  const mse = useWatch({ control, name: "note.mse" });

  // Domains with a written finding are left alone: "all normal" must never overwrite an observation.
  const markAllNormal = () => {
    for (const domain of MSE_DOMAINS) {
      if (getValues(`note.mse.${domain.id}.finding`).trim() === "") setValue(`note.mse.${domain.id}.normal`, true, { shouldDirty: true });
    }
  };

  return (
    <NoteSection section="mse" intro="Tick a domain that is within normal limits, or describe what you observed.">
      <div>
        <Button variant="secondary" onClick={markAllNormal}>
          Mark all within normal limits
        </Button>
        <p className="mt-1 text-sm text-slate-700">Domains where you wrote a finding are left as they are.</p>
      </div>
      <div className="divide-y divide-slate-200">
        {MSE_DOMAINS.map((domain) => {
          const value = mse[domain.id];
          return (
            <div key={domain.id} role="group" aria-labelledby={`mse-${domain.id}`} className="grid gap-x-4 gap-y-1 py-2 sm:grid-cols-[9rem_1fr]">
              <p id={`mse-${domain.id}`} className="font-semibold text-slate-900 sm:pt-2.5">
                {domain.label}
              </p>
              <div className="space-y-2">
                <CheckboxField name={`note.mse.${domain.id}.normal`} label={`Within normal limits: ${domain.normal}`} />
                {/* A finding typed before ticking "normal" stays visible, so nothing is hidden in the record. */}
                {!value.normal || value.finding !== "" ? (
                  <TextAreaField name={`note.mse.${domain.id}.finding`} label={value.normal ? `${domain.label}: additional observation` : `${domain.label}: finding`} compact />
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </NoteSection>
  );
}
