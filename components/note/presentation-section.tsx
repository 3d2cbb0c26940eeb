"use client";

import { TextAreaField } from "./controls";
import { NoteSection } from "./note-section";

/** The basis for a crisis code: what happened, where the client is now, and why it could not wait. */
export function PresentationSection() {
  return (
    <NoteSection section="presentation">
      <TextAreaField name="note.presentation.precipitant" label="Precipitant" hint="What happened that led to this crisis contact." />
      <TextAreaField name="note.presentation.currentState" label="Current state" hint="How the client presents now, in observable terms." />
      <TextAreaField name="note.presentation.whyUrgent" label="Why this could not wait" hint="Why a routine appointment was not enough." rows={2} />
    </NoteSection>
  );
}
