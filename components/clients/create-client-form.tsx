"use client";

import { createClientAction } from "@/app/(app)/clients/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ClientSummary } from "@/db/clients";
import { createClientSchema } from "@/lib/validation/client";
import { ClientFields } from "./client-fields";

type Props = {
  onCreated: (client: ClientSummary) => void;
  withExternalId?: boolean;
  submitLabel?: string;
};

/** Used by /clients/new (then opens the client) and inline when starting a session. */
export function CreateClientForm({ onCreated, withExternalId = true, submitLabel = "Add client" }: Props) {
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: createClientSchema,
    action: createClientAction,
    defaultValues: { name: "", dateOfBirth: "", externalId: "" },
    onSuccess: onCreated,
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" aria-label="New client">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <ClientFields register={form.register} errorOf={errorOf} withExternalId={withExternalId} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Adding…" : submitLabel}
      </Button>
    </form>
  );
}
