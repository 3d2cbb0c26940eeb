"use client";

import { INTERVENTIONS } from "@/lib/notes/choices";
import { CheckboxField, TextAreaField, useFieldError } from "./controls";
import { SectionPrompts } from "./consistency-prompts";
import { NoteSection } from "./note-section";

/** What was done: shows psychotherapy was delivered, what supports were mobilised and how the client responded. */
export function InterventionsSection() {
  const error = useFieldError("note.interventions");
  return (
    <NoteSection section="interventions">
      <fieldset>
        <legend className="text-base font-semibold text-slate-900">Interventions used (at least one)</legend>
        <div className="mt-1 grid gap-x-6 sm:grid-cols-2">
          {Object.entries(INTERVENTIONS).map(([id, label]) => (
            <CheckboxField key={id} name="note.interventions" value={id} label={label} />
          ))}
        </div>
        {error ? <p className="text-sm font-medium text-danger-700">{error}</p> : null}
      </fieldset>
      <TextAreaField name="note.interventionsDetail" label="Interventions: details" hint="Optional. What you did and how, in a few lines." />
      <TextAreaField name="note.resources" label="Resources mobilised" hint="Family, 988, mobile crisis, ED, police or EMS, prescriber: who, when, outcome. Write “none” if none." rows={2} />
      <TextAreaField name="note.clientResponse" label="Client's response" hint="Did the crisis de-escalate? Is safety restored?" />
      <SectionPrompts section="interventions" />
    </NoteSection>
  );
}
