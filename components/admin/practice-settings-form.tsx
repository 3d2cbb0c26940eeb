"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { updatePracticeSettingsAction } from "@/app/(app)/admin/practice/actions";
import { PlaceOfServiceSelect } from "@/components/billing/place-of-service-select";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TimeZoneSelect } from "@/components/forms/time-zone-select";
import { useBrowserTimeZone } from "@/components/forms/use-browser-time-zone";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import type { PracticeSettings } from "@/db/practice";
import { zoneLabel } from "@/lib/time/zones";
import { IDLE_TIMEOUT_RANGE, practiceSettingsSchema } from "@/lib/validation/practice";

export function PracticeSettingsForm({ settings, timeZones }: { settings: PracticeSettings; timeZones: string[] }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: practiceSettingsSchema,
    action: updatePracticeSettingsAction,
    defaultValues: settings,
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const { register, formState } = form;
  const browserZone = useBrowserTimeZone();
  const deviceHint = browserZone && browserZone !== settings.timeZone ? ` This device is set to ${zoneLabel(browserZone)}.` : "";
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Practice settings" onChange={() => setSaved(false)}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {saved ? <Notice tone="success">Settings saved.</Notice> : null}
      <Field label="Practice name" required error={errorOf("name")}>
        <Input {...register("name")} />
      </Field>
      <Field label="Time zone" required hint={`Dates of service and billing days are counted in this zone.${deviceHint}`} error={errorOf("timeZone")}>
        <TimeZoneSelect zones={timeZones} selected={settings.timeZone} {...register("timeZone")} />
      </Field>
      <Field
        label="Idle time-out (minutes)"
        required
        hint={`Users are signed out after this long without activity, with a warning one minute before (${IDLE_TIMEOUT_RANGE.min}–${IDLE_TIMEOUT_RANGE.max}).`}
        error={errorOf("idleTimeoutMinutes")}
      >
        <Input type="number" inputMode="numeric" {...register("idleTimeoutMinutes", { valueAsNumber: true })} />
      </Field>
      <Field label="Default place of service" required hint="Used for in-person sessions unless the clinician picks another setting." error={errorOf("defaultPlaceOfService")}>
        <PlaceOfServiceSelect {...register("defaultPlaceOfService")} />
      </Field>
      <Field label="Supervisor review due within (days)" required hint="A supervisee's signed note waiting longer than this is marked overdue in the supervisor's queue (1–30)." error={errorOf("reviewDueDays")}>
        <Input type="number" inputMode="numeric" {...register("reviewDueDays", { valueAsNumber: true })} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
