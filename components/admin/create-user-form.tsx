"use client";

import Link from "next/link";
import { useState } from "react";
import { createUserAction } from "@/app/(app)/admin/users/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { createUserSchema } from "@/lib/validation/users";
import { TemporaryPassword } from "./temporary-password";
import { type SupervisorOption, UserFields } from "./user-fields";

export function CreateUserForm({ supervisors }: { supervisors: SupervisorOption[] }) {
  const [created, setCreated] = useState<{ name: string; password: string } | null>(null);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: createUserSchema,
    action: createUserAction,
    defaultValues: { name: "", email: "", role: "therapist", credentials: "", npi: "", supervisorId: "", reviewMode: "cosign_required" },
    onSuccess: (data) => setCreated({ name: form.getValues("name"), password: data.temporaryPassword }),
  });
  const { register, formState, watch, setValue } = form;

  if (created) {
    return (
      <div className="space-y-4">
        <TemporaryPassword name={created.name} password={created.password} />
        <Link href="/admin/users" className="text-brand-700 underline">
          Back to users
        </Link>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" aria-label="New user">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field label="Email" required hint="They sign in with this address." error={errorOf("email")}>
        <Input type="email" autoComplete="off" {...register("email")} />
      </Field>
      <UserFields
        register={register}
        errorOf={errorOf}
        supervisors={supervisors}
        role={watch("role")}
        supervisorId={watch("supervisorId")}
        onRoleChange={(role) => role !== "therapist" && setValue("supervisorId", "")}
      />
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Creating…" : "Create user"}
      </Button>
    </form>
  );
}
