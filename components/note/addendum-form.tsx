"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { addAddendumAction } from "@/app/(app)/sessions/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";

/** Writes an addendum to a signed note; the server stamps author and time. */
export function AddendumForm({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const [added, setAdded] = useState(false);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    // Loaded after the page is usable: zod stays off its first load (the server parses it too).
    schema: () => import("@/lib/validation/session").then((m) => m.addendumSchema),
    action: addAddendumAction,
    defaultValues: { sessionId, reason: "", text: "" },
    onSuccess: () => {
      setAdded(true);
      form.reset({ sessionId, reason: "", text: "" });
      router.refresh();
    },
  });
  const { register, formState } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label="Add an addendum" className="space-y-4 border-t border-slate-200 pt-4" onChange={() => setAdded(false)}>
      <h3 className="text-base font-bold">Add an addendum</h3>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {added ? <Notice tone="success">Addendum added.</Notice> : null}
      <Field label="Reason" hint="For example: correction, late entry, clarification, information received after signing." error={errorOf("reason")}>
        <Input autoComplete="off" {...register("reason")} />
      </Field>
      <Field label="Addendum" error={errorOf("text")}>
        <Textarea rows={4} {...register("text")} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Adding…" : "Add addendum"}
      </Button>
    </form>
  );
}
