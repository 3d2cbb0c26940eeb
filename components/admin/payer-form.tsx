"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, Path, UseFormRegister } from "react-hook-form";
import { createPayerAction, updatePayerAction } from "@/app/(app)/admin/payers/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import type { PayerView } from "@/db/payers";
import { MIDNIGHT_POLICIES, MIDNIGHT_POLICY_LABELS, PAYER_RULE_DEFAULTS, RULE_SETS, RULE_SET_LABELS, type RuleSet } from "@/lib/billing";
import { storedDefaults } from "@/lib/billing/stored-payer";
import { SUPERVISED_NPI_LABELS, SUPERVISED_NPI_POLICIES } from "@/lib/billing/supervised-npi";
import { type CreatePayerInput, createPayerSchema, updatePayerSchema } from "@/lib/validation/payer";

const blank = { name: "", ruleSet: "cpt" as RuleSet, ...storedDefaults(PAYER_RULE_DEFAULTS.cpt), claimsPayerId: "", supervisedNpi: "rendering" as const };

type PayerFieldName = keyof CreatePayerInput;
type FieldsProps<V extends FieldValues & CreatePayerInput> = {
  register: UseFormRegister<V>;
  errorOf: (field: Path<V>) => string | undefined;
  onRuleSet: (ruleSet: RuleSet) => void;
};

/** The fields the new and edit forms share. */
function PayerFields<V extends FieldValues & CreatePayerInput>({ register: registerField, errorOf: errorOfField, onRuleSet }: FieldsProps<V>) {
  const register = (name: PayerFieldName, options?: Parameters<UseFormRegister<V>>[1]) => registerField(name as Path<V>, options);
  const errorOf = (name: PayerFieldName) => errorOfField(name as Path<V>);
  return (
    <>
      <Field label="Payer name" required error={errorOf("name")}>
        <Input autoComplete="off" {...register("name")} />
      </Field>
      <Field label="Rule set" required hint="Choosing a rule set fills in its defaults below; change any that this payer handles differently." error={errorOf("ruleSet")}>
        <Select {...register("ruleSet", { onChange: (event: { target: { value: string } }) => onRuleSet(event.target.value as RuleSet) })}>
          {RULE_SETS.map((ruleSet) => (
            <option key={ruleSet} value={ruleSet}>
              {RULE_SET_LABELS[ruleSet]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Video modifier" hint="Empty: no modifier (Medicare: place of service 02/10 marks telehealth)." error={errorOf("videoModifier")}>
        <Input autoComplete="off" {...register("videoModifier")} />
      </Field>
      <Field label="Audio-only modifier" hint="93, or FQ for a federally qualified or rural health clinic." error={errorOf("audioOnlyModifier")}>
        <Input autoComplete="off" {...register("audioOnlyModifier")} />
      </Field>
      <Field label="Non-office sites billed G0017/G0018" hint="Place-of-service codes, comma-separated (Medicare default: 03, 04, 12, 13, 14, 15, 16, 27). Confirm with your MAC. Empty: never." error={errorOf("nonOfficeCrisisSites")}>
        <Input autoComplete="off" {...register("nonOfficeCrisisSites")} />
      </Field>
      <Field label="Contact across midnight" error={errorOf("midnight")}>
        <Select {...register("midnight")}>
          {MIDNIGHT_POLICIES.map((policy) => (
            <option key={policy} value={policy}>
              {MIDNIGHT_POLICY_LABELS[policy]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Payer id for claims" hint="Optional: the id your clearinghouse uses for this payer." error={errorOf("claimsPayerId")}>
        <Input autoComplete="off" {...register("claimsPayerId")} />
      </Field>
      <Field label="Supervised clinicians' lines go out under" error={errorOf("supervisedNpi")}>
        <Select {...register("supervisedNpi")}>
          {SUPERVISED_NPI_POLICIES.map((policy) => (
            <option key={policy} value={policy}>
              {SUPERVISED_NPI_LABELS[policy]}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}

/** A new payer: starts from the CPT rule set's defaults. */
export function CreatePayerForm() {
  const router = useRouter();
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: createPayerSchema,
    action: createPayerAction,
    defaultValues: blank,
    onSuccess: () => router.push("/admin/payers"),
  });
  const fill = (ruleSet: RuleSet) => {
    for (const [key, value] of Object.entries(storedDefaults(PAYER_RULE_DEFAULTS[ruleSet]))) form.setValue(key as "videoModifier", value);
  };
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" aria-label="New payer">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <PayerFields register={form.register} errorOf={errorOf} onRuleSet={fill} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Adding…" : "Add payer"}
      </Button>
    </form>
  );
}

/** A payer's settings: a change applies to notes signed from now on, never to stored lines. */
export function EditPayerForm({ payer }: { payer: PayerView }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: updatePayerSchema,
    action: updatePayerAction,
    defaultValues: { ...payer, payerId: payer.id, claimsPayerId: payer.claimsPayerId ?? "" },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const fill = (ruleSet: RuleSet) => {
    for (const [key, value] of Object.entries(storedDefaults(PAYER_RULE_DEFAULTS[ruleSet]))) form.setValue(key as "videoModifier", value);
  };
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Payer settings" onChange={() => setSaved(false)}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {saved ? <Notice tone="success">Payer saved. Notes signed from now on use these settings; lines already signed keep theirs.</Notice> : null}
      <PayerFields register={form.register} errorOf={errorOf} onRuleSet={fill} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Saving…" : "Save payer"}
      </Button>
    </form>
  );
}
