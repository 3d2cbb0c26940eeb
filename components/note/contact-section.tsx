"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { PlaceOfServiceSelect } from "@/components/billing/place-of-service-select";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { MODALITY_OPTIONS } from "@/lib/billing/modalities";
import { CONTACT_START_LABELS } from "@/lib/notes/choices";
import type { NoteFormValues } from "@/lib/validation/session";
import { CheckboxField, RadioField, TextAreaField, useFieldError } from "./controls";
import { NoteSection } from "./note-section";

/** How the contact happened: sets the place of service and modifier, so it stays editable until signing. */
export function ContactSection() {
  const { register, control } = useFormContext<NoteFormValues>();
  const modality = useWatch({ control, name: "meta.modality" });
  const contactStartError = useFieldError("meta.contactStart");
  const placeError = useFieldError("meta.placeOfService");
  return (
    <NoteSection section="contact">
      <Field label="How the contact started" error={contactStartError}>
        <Select {...register("meta.contactStart")}>
          {Object.entries(CONTACT_START_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <RadioField name="meta.modality" legend="How you met the client" options={MODALITY_OPTIONS} />
      {modality === "in_person" ? (
        <Field label="Setting" error={placeError}>
          <PlaceOfServiceSelect {...register("meta.placeOfService")} />
        </Field>
      ) : (
        <CheckboxField name="meta.clientAtHome" label="The client was at home during the call" />
      )}
      {modality === "audio_only" ? (
        // BILLING-RULES §3/§5: audio-only needs the reason video was not used.
        <TextAreaField name="meta.audioOnlyReason" label="Why video was not used" hint="For example: the client had no video-capable device, or declined video." rows={2} />
      ) : null}
    </NoteSection>
  );
}
