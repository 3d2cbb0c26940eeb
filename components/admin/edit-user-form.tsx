"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { updateUserAction } from "@/app/(app)/admin/users/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { UserSummary } from "@/db/users";
import { updateUserSchema } from "@/lib/validation/users";
import { type SupervisorOption, UserFields } from "./user-fields";

export function EditUserForm({ user, supervisors }: { user: UserSummary; supervisors: SupervisorOption[] }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: updateUserSchema,
    action: updateUserAction,
    defaultValues: {
      userId: user.id,
      name: user.name,
      role: user.role,
      credentials: user.credentials ?? "",
      npi: user.npi ?? "",
      supervisorId: user.supervisorId ?? "",
      reviewMode: user.reviewMode,
    },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const { register, formState, watch, setValue } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" aria-label="User details" onChange={() => setSaved(false)}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {saved ? <Notice tone="success">Changes saved.</Notice> : null}
      <UserFields
        register={register}
        errorOf={errorOf}
        supervisors={supervisors}
        role={watch("role")}
        supervisorId={watch("supervisorId")}
        onRoleChange={(role) => role !== "therapist" && setValue("supervisorId", "")}
      />
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Save changes"}
      </Button>
    </form>
  );
}
