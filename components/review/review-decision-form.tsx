"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { reviewNoteAction } from "@/app/(app)/review/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { COSIGN_ATTESTATION } from "@/lib/notes/review";
import { reviewDecisionSchema } from "@/lib/validation/review";

type Props = {
  sessionId: string;
  version: number;
  /** `cosign`: approve or return. `comment`: the note was final at signing (review after signing). */
  mode: "cosign" | "comment";
  reviewer: { name: string; credentials: string | null };
};

const DONE = { approve: "Approved and co-signed.", return: "Returned to the clinician with your comment.", comment: "Review comment added." } as const;

/**
 * The supervisor's decision. Co-signing attests, in the supervisor's name and credentials, that
 * they agree with the assessment and plan; returning needs a comment saying what should change.
 */
export function ReviewDecisionForm({ sessionId, version, mode, reviewer }: Props) {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: reviewDecisionSchema,
    action: reviewNoteAction,
    defaultValues: { sessionId, version, decision: mode === "cosign" ? "approve" : "comment", comment: "" },
    onSuccess: () => {
      setDone(DONE[form.getValues("decision")]);
      router.refresh();
    },
  });
  const { register, formState, setValue } = form;
  const submitAs = (decision: "approve" | "return" | "comment") => () => {
    setValue("decision", decision);
    onSubmit();
  };
  if (done) return <Notice tone="success">{done}</Notice>;
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label="Review decision" className="space-y-4">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field
        label="Comment for the clinician"
        hint={mode === "cosign" ? "Required to return the note: say what should change. Optional when you approve." : "Required: what you noticed, for the clinician and the record."}
        error={errorOf("comment")}
      >
        <Textarea rows={4} {...register("comment")} />
      </Field>
      {mode === "cosign" ? (
        <>
          <p className="rounded-md bg-slate-100 p-3">
            <strong>Attestation:</strong> {COSIGN_ATTESTATION} — {reviewer.name}
            {reviewer.credentials ? `, ${reviewer.credentials}` : ""} (supervisor)
          </p>
          <div className="flex flex-wrap gap-3">
            <Button type="button" disabled={formState.isSubmitting} onClick={submitAs("approve")}>
              Approve and co-sign
            </Button>
            <Button type="button" variant="secondary" disabled={formState.isSubmitting} onClick={submitAs("return")}>
              Return for changes
            </Button>
          </div>
        </>
      ) : (
        <Button type="button" disabled={formState.isSubmitting} onClick={submitAs("comment")}>
          Add review comment
        </Button>
      )}
    </form>
  );
}
