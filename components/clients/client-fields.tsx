"use client";

import type { UseFormRegister } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { CreateClientInput } from "@/lib/validation/client";

type Props = {
  register: UseFormRegister<CreateClientInput>;
  errorOf: (field: keyof CreateClientInput) => string | undefined;
  /** The inline form on the start-session page asks only what a crisis cannot wait for. */
  withExternalId?: boolean;
};

/** Fields shared by the new-client page and the inline "add a client" form. */
export function ClientFields({ register, errorOf, withExternalId = true }: Props) {
  return (
    <>
      <Field label="Client name" required error={errorOf("name")}>
        <Input autoComplete="off" {...register("name")} />
      </Field>
      <Field label="Date of birth" required error={errorOf("dateOfBirth")}>
        <Input type="date" autoComplete="off" {...register("dateOfBirth")} />
      </Field>
      {withExternalId ? (
        <Field label="External id / MRN" hint="Optional: the client's number in another record system." error={errorOf("externalId")}>
          <Input autoComplete="off" {...register("externalId")} />
        </Field>
      ) : null}
    </>
  );
}
