"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { recordDisclosureAction } from "@/app/(app)/clients/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { recordDisclosureSchema } from "@/lib/validation/disclosure";

type Props = { clientId: string; earlier: { id: string; label: string }[] };

/** Records a disclosure; the server stamps who recorded it and when. Entries are never edited. */
export function DisclosureForm({ clientId, earlier }: Props) {
  const router = useRouter();
  const [recorded, setRecorded] = useState(false);
  const empty = { clientId, disclosedOn: "", recipient: "", description: "", purpose: "", correctsId: "" };
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: recordDisclosureSchema,
    action: recordDisclosureAction,
    defaultValues: empty,
    onSuccess: () => {
      setRecorded(true);
      form.reset(empty);
      router.refresh();
    },
  });
  const { register, formState } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label="Record a disclosure" className="space-y-4 border-t border-slate-200 pt-4" onChange={() => setRecorded(false)}>
      <h3 className="text-base font-bold">Record a disclosure</h3>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {recorded ? <Notice tone="success">Disclosure recorded.</Notice> : null}
      <Field label="Date disclosed" required error={errorOf("disclosedOn")}>
        <Input type="date" {...register("disclosedOn")} />
      </Field>
      <Field label="Recipient" required hint="Who received the information, and their address if known." error={errorOf("recipient")}>
        <Input autoComplete="off" {...register("recipient")} />
      </Field>
      <Field label="What was disclosed" required hint="For example: crisis note of 3 March and the safety plan." error={errorOf("description")}>
        <Textarea rows={3} {...register("description")} />
      </Field>
      <Field label="Purpose" required hint="Why it was disclosed, or the request it answered." error={errorOf("purpose")}>
        <Input autoComplete="off" {...register("purpose")} />
      </Field>
      {earlier.length > 0 ? (
        <Field label="Corrects an earlier entry" hint="Entries are never changed: record the corrected one and name the entry it replaces." error={errorOf("correctsId")}>
          <Select {...register("correctsId")}>
            <option value="">No, a new disclosure</option>
            {earlier.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.label}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Recording…" : "Record disclosure"}
      </Button>
    </form>
  );
}
