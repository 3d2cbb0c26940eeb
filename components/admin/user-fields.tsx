"use client";

import type { FieldValues, Path, UseFormRegister } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { ROLES } from "@/lib/auth/roles";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { REVIEW_MODE_LABELS } from "@/lib/notes/review";
import { REVIEW_MODES } from "@/lib/notes/status";

export type SupervisorOption = { id: string; name: string };

type UserFieldValues = FieldValues & { name?: string; role?: string; credentials?: string; npi?: string; supervisorId?: string; reviewMode?: string };

type Props<V extends UserFieldValues> = {
  register: UseFormRegister<V>;
  errorOf: (field: Path<V>) => string | undefined;
  supervisors: SupervisorOption[];
  role: string | undefined;
  /** The chosen supervisor: the review mode matters only with one. */
  supervisorId: string | undefined;
  /** Lets the form clear the supervisor when the role stops being "therapist". */
  onRoleChange: (role: string) => void;
};

/** The fields a user's create and edit forms share. */
export function UserFields<V extends UserFieldValues>({ register, errorOf, supervisors, role, supervisorId, onRoleChange }: Props<V>) {
  const field = (name: string) => name as Path<V>;
  return (
    <>
      <Field label="Full name" required error={errorOf(field("name"))}>
        <Input autoComplete="off" {...register(field("name"))} />
      </Field>
      <Field label="Role" required error={errorOf(field("role"))}>
        <Select {...register(field("role"), { onChange: (event: { target: { value: string } }) => onRoleChange(event.target.value) })}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Credentials" hint="For example LCSW, LPC, PhD. Printed beside the clinician's name on notes." error={errorOf(field("credentials"))}>
        <Input autoComplete="off" {...register(field("credentials"))} />
      </Field>
      <Field label="NPI" hint="Optional. 10 digits." error={errorOf(field("npi"))}>
        <Input inputMode="numeric" autoComplete="off" {...register(field("npi"))} />
      </Field>
      {role === "therapist" ? (
        <Field
          label="Supervisor"
          hint="A supervised therapist's signed notes go to the supervisor for review and co-signature."
          error={errorOf(field("supervisorId"))}
        >
          <Select {...register(field("supervisorId"))}>
            <option value="">No supervisor (signs independently)</option>
            {supervisors.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {role === "therapist" && supervisorId ? (
        <Field label="Supervisor review" hint="How this therapist's signed notes are reviewed." error={errorOf(field("reviewMode"))}>
          <Select {...register(field("reviewMode"))}>
            {REVIEW_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {REVIEW_MODE_LABELS[mode]}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
    </>
  );
}
