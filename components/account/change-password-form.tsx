"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { changePasswordAction } from "@/app/(app)/account/password/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { PASSWORD_MIN } from "@/lib/validation/common";
import { changePasswordSchema } from "@/lib/validation/auth";

/** `continueTo`: after a forced change (temporary password), where to go next; null stays on the page. */
export function ChangePasswordForm({ continueTo = null }: { continueTo?: string | null }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: changePasswordSchema,
    action: changePasswordAction,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    onSuccess: () => {
      if (continueTo !== null) {
        const target = safeRedirectPath(continueTo, window.location.origin);
        router.replace(target.startsWith("/account/password") ? "/" : target);
        router.refresh();
        return;
      }
      setSaved(true);
      form.reset();
      router.refresh();
    },
  });
  const { register, formState } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Change password">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {saved ? <Notice tone="success">Your password was changed.</Notice> : null}
      <Field label="Current password" required error={errorOf("currentPassword")}>
        <Input type="password" autoComplete="current-password" {...register("currentPassword")} />
      </Field>
      <Field label="New password" required hint={`At least ${PASSWORD_MIN} characters.`} error={errorOf("newPassword")}>
        <Input type="password" autoComplete="new-password" {...register("newPassword")} />
      </Field>
      <Field label="Repeat new password" required error={errorOf("confirmPassword")}>
        <Input type="password" autoComplete="new-password" {...register("confirmPassword")} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Change password"}
      </Button>
    </form>
  );
}
