"use client";

import { useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { contradictedNormalDomains } from "@/lib/notes/consistency";
import { MSE_DOMAINS } from "@/lib/notes/mental-status";
import type { NoteFormValues } from "@/lib/validation/session";
import { CheckboxField, TextAreaField } from "./controls";
import { SectionPrompts } from "./consistency-prompts";
import { NoteSection } from "./note-section";

/** Mental status exam: one click per domain for "within normal limits", or a written finding. */
export function MseSection() {
  const { control, getValues, setValue } = useFormContext<NoteFormValues>();
  const mse = useWatch({ control, name: "note.mse" });
  const [skipped, setSkipped] = useState<string[]>([]);

  // Domains with a written finding are left alone: "all normal" must never overwrite an observation.
  // Nor does it record what the risk answers contradict (a euthymic mood after "yes" to suicidal
  // thoughts): those domains are left for the clinician to describe, and the reason is shown.
  const markAllNormal = () => {
    const contradicted = contradictedNormalDomains({ cssrs: getValues("note.cssrs"), homicidalIdeation: getValues("note.homicidalIdeation") });
    const left: string[] = [];
    for (const domain of MSE_DOMAINS) {
      const reason = domain.id === "mood" || domain.id === "thoughtContent" ? contradicted[domain.id] : undefined;
      if (reason && !getValues(`note.mse.${domain.id}.normal`)) left.push(`${domain.label}: ${reason}`);
      else if (getValues(`note.mse.${domain.id}.finding`).trim() === "") setValue(`note.mse.${domain.id}.normal`, true, { shouldDirty: true });
    }
    setSkipped(left);
  };

  return (
    <NoteSection section="mse" intro="Tick a domain that is within normal limits, or describe what you observed.">
      <div>
        <Button variant="secondary" onClick={markAllNormal}>
          Mark all within normal limits
        </Button>
        <p className="mt-1 text-sm text-slate-700">Domains where you wrote a finding are left as they are.</p>
        <div role="status">
          {skipped.length > 0 ? (
            <div className="mt-2 rounded-md border-l-4 border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">
              <p className="font-semibold">Not marked within normal limits — please describe:</p>
              <ul className="list-disc pl-5">
                {skipped.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
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
      <SectionPrompts section="mse" />
    </NoteSection>
  );
}
