"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { updateClientAction } from "@/app/(app)/clients/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import type { ClientDetails } from "@/db/clients";
import type { PayerOption } from "@/db/payers";
import { updateClientSchema } from "@/lib/validation/client";

const orEmpty = (value: string | null) => value ?? "";

/** The whole client record: identity, contact, emergency contact, payer. Used by clinicians and admins. */
export function EditClientForm({ client, payers, afterSave }: { client: ClientDetails; payers: PayerOption[]; afterSave: string }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: updateClientSchema,
    action: updateClientAction,
    defaultValues: {
      clientId: client.id,
      name: client.name,
      dateOfBirth: client.dateOfBirth,
      externalId: orEmpty(client.externalId),
      pronouns: orEmpty(client.pronouns),
      phone: orEmpty(client.phone),
      address: orEmpty(client.address),
      emergencyContactName: orEmpty(client.emergencyContactName),
      emergencyContactRelation: orEmpty(client.emergencyContactRelation),
      emergencyContactPhone: orEmpty(client.emergencyContactPhone),
      payerId: orEmpty(client.payerId),
      memberId: orEmpty(client.memberId),
      groupNumber: orEmpty(client.groupNumber),
    },
    onSuccess: () => {
      setSaved(true);
      router.push(afterSave);
      router.refresh();
    },
  });
  const { register, formState } = form;
  // A client may still be on a payer an admin has since deactivated: keep it selectable.
  const options = client.payerId && !payers.some((p) => p.id === client.payerId) ? [...payers, { id: client.payerId, name: `${client.payerName ?? "Current payer"} (inactive)`, ruleSet: "cpt" as const }] : payers;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Client record" onChange={() => setSaved(false)}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {saved ? <Notice tone="success">Client saved.</Notice> : null}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Client</legend>
        <Field label="Client name" required error={errorOf("name")}>
          <Input autoComplete="off" {...register("name")} />
        </Field>
        <Field label="Date of birth" required error={errorOf("dateOfBirth")}>
          <Input type="date" autoComplete="off" {...register("dateOfBirth")} />
        </Field>
        <Field label="Pronouns" error={errorOf("pronouns")}>
          <Input autoComplete="off" {...register("pronouns")} />
        </Field>
        <Field label="External id / MRN" error={errorOf("externalId")}>
          <Input autoComplete="off" {...register("externalId")} />
        </Field>
        <Field label="Phone" error={errorOf("phone")}>
          <Input type="tel" autoComplete="off" {...register("phone")} />
        </Field>
        <Field label="Address" error={errorOf("address")}>
          <Textarea rows={2} autoComplete="off" {...register("address")} />
        </Field>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Emergency contact</legend>
        <Field label="Emergency contact name" error={errorOf("emergencyContactName")}>
          <Input autoComplete="off" {...register("emergencyContactName")} />
        </Field>
        <Field label="Relation to the client" error={errorOf("emergencyContactRelation")}>
          <Input autoComplete="off" {...register("emergencyContactRelation")} />
        </Field>
        <Field label="Emergency contact phone" error={errorOf("emergencyContactPhone")}>
          <Input type="tel" autoComplete="off" {...register("emergencyContactPhone")} />
        </Field>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Insurance</legend>
        <Field label="Payer" hint="Decides the billing rules of this client's crisis notes from the next signature on." error={errorOf("payerId")}>
          <Select {...register("payerId")}>
            <option value="">No payer recorded</option>
            {options.map((payer) => (
              <option key={payer.id} value={payer.id}>
                {payer.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Member id" error={errorOf("memberId")}>
          <Input autoComplete="off" {...register("memberId")} />
        </Field>
        <Field label="Group number" error={errorOf("groupNumber")}>
          <Input autoComplete="off" {...register("groupNumber")} />
        </Field>
      </fieldset>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Save client"}
      </Button>
    </form>
  );
}
