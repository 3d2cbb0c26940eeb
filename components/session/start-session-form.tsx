"use client";

import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { startSessionAction } from "@/app/(app)/sessions/actions";
import { PlaceOfServiceSelect } from "@/components/billing/place-of-service-select";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { MODALITY_OPTIONS } from "@/lib/billing/modalities";
import { CONTACT_STARTS, CONTACT_START_LABELS } from "@/lib/notes/choices";
import { startSessionFormSchema } from "@/lib/validation/session";

const CONTACT_OPTIONS = CONTACT_STARTS.map((value) => ({ value, label: CONTACT_START_LABELS[value] }));

type Props = { clientId: string; defaultPlaceOfService: string };

/**
 * How the contact happens. Modality and contact start have no default on purpose: a wrong
 * guess would put the wrong modifier or a false "unscheduled" claim on the bill.
 */
export function StartSessionForm({ clientId, defaultPlaceOfService }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: startSessionFormSchema,
    action: startSessionAction,
    defaultValues: { clientId, placeOfService: defaultPlaceOfService, clientAtHome: false, audioOnlyReason: "", startTimer: true },
    onSuccess: (data) => router.push(`/sessions/${data.sessionId}`),
  });
  const { register, control, setValue, formState } = form;
  const [modality, contactStart] = useWatch({ control, name: ["modality", "contactStart"] });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Start a crisis session">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <RadioGroup legend="How are you meeting the client?" required options={MODALITY_OPTIONS} error={errorOf("modality")} inputProps={register("modality")} />
      {modality === "in_person" ? (
        <Field label="Setting" required error={errorOf("placeOfService")}>
          <PlaceOfServiceSelect {...register("placeOfService")} />
        </Field>
      ) : null}
      {modality === "video" || modality === "audio_only" ? (
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" className="size-5 accent-brand-700" {...register("clientAtHome")} />
          Client is at home
        </label>
      ) : null}
      {modality === "audio_only" ? (
        <Field label="Why video was not used" required hint="Payers require this for audio-only contacts (modifier 93)." error={errorOf("audioOnlyReason")}>
          <Textarea rows={2} {...register("audioOnlyReason")} />
        </Field>
      ) : null}
      <RadioGroup legend="How did the contact start?" required options={CONTACT_OPTIONS} error={errorOf("contactStart")} inputProps={register("contactStart")} />
      {contactStart === "scheduled_follow_up" ? (
        <Notice tone="info">
          Crisis codes fit a scheduled visit only when a genuine crisis arose during it: document what changed and why it could not wait.
          Otherwise a pre-scheduled visit is billed as routine psychotherapy. The note will carry a reminder.
        </Notice>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={formState.isSubmitting} onClick={() => setValue("startTimer", true)}>
          Start session and timer
        </Button>
        <Button type="submit" variant="secondary" disabled={formState.isSubmitting} onClick={() => setValue("startTimer", false)}>
          Document afterwards
        </Button>
      </div>
    </form>
  );
}
