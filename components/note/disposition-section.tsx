"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { DISPOSITIONS } from "@/lib/notes/choices";
import type { NoteFormValues } from "@/lib/validation/session";
import { RadioField, TextAreaField, TextField } from "./controls";
import { SectionPrompts } from "./consistency-prompts";
import { NoteSection } from "./note-section";

const dispositionOptions = Object.entries(DISPOSITIONS).map(([value, label]) => ({ value, label }));

export function DispositionSection() {
  const { control } = useFormContext<NoteFormValues>();
  const disposition = useWatch({ control, name: "note.disposition" });
  return (
    <NoteSection section="disposition">
      <RadioField name="note.disposition" legend="Disposition" options={dispositionOptions} />
      <TextAreaField
        name="note.dispositionDetail"
        label={disposition === "other" ? "Disposition: describe" : "Disposition: details"}
        hint={disposition === "other" ? undefined : "Optional. Where the client went, with whom, and any hand-off."}
        rows={2}
      />
      <TextAreaField name="note.followUp.plan" label="Follow-up plan" hint="Next contact, who makes it, and what happens if it is missed." rows={2} />
      <div className="max-w-xs">
        <TextField name="note.followUp.date" label="Follow-up date" type="date" />
      </div>
      <SectionPrompts section="disposition" />
    </NoteSection>
  );
}
