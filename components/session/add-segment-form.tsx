"use client";

import { useRouter } from "next/navigation";
import { addSegmentAction } from "@/app/(app)/sessions/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";

/**
 * Documenting afterwards: the clinician types the actual times. The fields start empty on
 * purpose — auditors reject default times filled in by software (BILLING-RULES §5).
 */
export function AddSegmentForm({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, errorOf } = useActionForm({
    // Loaded after the page is usable: zod stays off its first load (the server parses it too).
    schema: () => import("@/lib/validation/session").then((m) => m.segmentInputSchema),
    action: addSegmentAction,
    defaultValues: { sessionId, start: "", end: "" },
    onSuccess: () => {
      form.reset({ sessionId, start: "", end: "" });
      router.refresh();
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label="Add a segment" className="space-y-3 rounded-md bg-slate-50 p-4">
      <div className="grid gap-3 sm:grid-cols-2 sm:items-end lg:grid-cols-[1fr_1fr_auto]">
        <Field label="New segment start" error={errorOf("start")}>
          <Input type="datetime-local" step={60} {...form.register("start")} />
        </Field>
        <Field label="New segment end" error={errorOf("end")}>
          <Input type="datetime-local" step={60} {...form.register("end")} />
        </Field>
        <Button type="submit" className="justify-self-start whitespace-nowrap" disabled={form.formState.isSubmitting}>
          Add segment
        </Button>
      </div>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
    </form>
  );
}
