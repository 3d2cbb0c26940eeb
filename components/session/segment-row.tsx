"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteSegmentAction, updateSegmentAction } from "@/app/(app)/sessions/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import type { SegmentView } from "@/db/session-access";
import { formatInstant } from "@/lib/time/format";
import { instantToLocal } from "@/lib/time/local";
import { updateSegmentSchema } from "@/lib/validation/session";

type Props = { sessionId: string; segment: SegmentView; number: number; timeZone: string };

/** One segment: editable to the minute in the practice zone, except while its timer runs. */
export function SegmentRow({ sessionId, segment, number, timeZone }: Props) {
  const router = useRouter();
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deleting, startDelete] = useTransition();
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: updateSegmentSchema,
    action: updateSegmentAction,
    defaultValues: {
      sessionId,
      segmentId: segment.id,
      start: instantToLocal(segment.start, timeZone),
      end: segment.end ? instantToLocal(segment.end, timeZone) : "",
    },
    onSuccess: () => router.refresh(),
  });

  if (segment.end === null) {
    return (
      <li className="rounded-md border border-slate-300 p-4">
        <p>
          <span className="font-semibold">Segment {number}</span> · started {formatInstant(segment.start, timeZone)} ·{" "}
          <strong className="text-brand-800">running</strong>
        </p>
        <p className="text-sm text-slate-700">Pause the timer to edit this segment.</p>
      </li>
    );
  }

  const remove = () =>
    startDelete(async () => {
      setDeleteError(null);
      const result = await deleteSegmentAction({ sessionId, segmentId: segment.id });
      if (!result.ok) setDeleteError(result.message);
      router.refresh();
    });

  const busy = form.formState.isSubmitting || deleting;
  return (
    <li className="rounded-md border border-slate-300 p-4">
      <form method="post" onSubmit={onSubmit} noValidate aria-label={`Segment ${number}`} className="grid gap-3 sm:grid-cols-2 sm:items-end lg:grid-cols-[1fr_1fr_auto]">
        <Field label={`Segment ${number} start`} error={errorOf("start")}>
          <Input type="datetime-local" step={60} {...form.register("start")} />
        </Field>
        <Field label={`Segment ${number} end`} error={errorOf("end")}>
          <Input type="datetime-local" step={60} {...form.register("end")} />
        </Field>
        <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-1">
          <Button type="submit" variant="secondary" className="whitespace-nowrap" disabled={busy}>
            Save segment {number}
          </Button>
          <Button variant="secondary" className="whitespace-nowrap text-danger-700" onClick={remove} disabled={busy}>
            Delete segment {number}
          </Button>
        </div>
      </form>
      {formError ?? deleteError ? (
        <Notice tone="error" className="mt-3">
          {formError ?? deleteError}
        </Notice>
      ) : null}
    </li>
  );
}
