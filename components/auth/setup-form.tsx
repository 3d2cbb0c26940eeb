"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { signIn } from "next-auth/react";
import { setupPracticeAction } from "@/app/(auth)/setup/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TimeZoneSelect } from "@/components/forms/time-zone-select";
import { useBrowserTimeZone } from "@/components/forms/use-browser-time-zone";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { PASSWORD_MIN } from "@/lib/validation/common";
import { preferredZone } from "@/lib/time/zones";
import { setupSchema } from "@/lib/validation/setup";

export function SetupForm({ timeZones, defaultTimeZone }: { timeZones: string[]; defaultTimeZone: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: setupSchema,
    action: setupPracticeAction,
    defaultValues: {
      practiceName: "",
      timeZone: timeZones.includes(defaultTimeZone) ? defaultTimeZone : "UTC",
      adminName: "",
      adminEmail: "",
      password: "",
      confirmPassword: "",
    },
    onSuccess: () => {
      const { adminEmail, password } = form.getValues();
      void signIn("credentials", { email: adminEmail, password, redirect: false }).then(() => {
        router.replace("/");
        router.refresh();
      });
    },
  });
  const { register, formState } = form;
  // The server does not know where the practice is; the admin's device usually does.
  const browserZone = useBrowserTimeZone();
  useEffect(() => {
    const zone = preferredZone(timeZones, browserZone ?? undefined);
    if (zone && !form.getFieldState("timeZone").isDirty) form.setValue("timeZone", zone);
  }, [browserZone, form, timeZones]);

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Practice setup">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Practice</legend>
        <Field label="Practice name" required error={errorOf("practiceName")}>
          <Input autoComplete="organization" {...register("practiceName")} />
        </Field>
        <Field label="Practice time zone" required error={errorOf("timeZone")}>
          <TimeZoneSelect zones={timeZones} {...register("timeZone")} />
        </Field>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">First admin</legend>
        <Field label="Your name" required error={errorOf("adminName")}>
          <Input autoComplete="name" {...register("adminName")} />
        </Field>
        <Field label="Email" required error={errorOf("adminEmail")}>
          <Input type="email" autoComplete="email" {...register("adminEmail")} />
        </Field>
        <Field label="Password" required hint={`At least ${PASSWORD_MIN} characters.`} error={errorOf("password")}>
          <Input type="password" autoComplete="new-password" {...register("password")} />
        </Field>
        <Field label="Repeat password" required error={errorOf("confirmPassword")}>
          <Input type="password" autoComplete="new-password" {...register("confirmPassword")} />
        </Field>
      </fieldset>
      <Button type="submit" disabled={formState.isSubmitting} className="w-full">
        {formState.isSubmitting ? "Creating…" : "Create practice"}
      </Button>
    </form>
  );
}
