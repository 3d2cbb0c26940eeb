"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { deleteSegmentAction, updateSegmentAction } from "@/app/(app)/sessions/actions";
import { callAction } from "@/components/connection/call-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import type { SegmentView } from "@/db/session-access";
import { isInterruption } from "@/lib/action-result";
import { formatSegment } from "@/components/note/format";
import { formatInstant } from "@/lib/time/format";
import { wallClockLocal } from "@/lib/time/wall-clock";

type Props = { sessionId: string; segment: SegmentView; number: number; timeZone: string };

/** One segment: editable to the minute in the practice zone, except while its timer runs. */
export function SegmentRow({ sessionId, segment, number, timeZone }: Props) {
  const router = useRouter();
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deleting, startDelete] = useTransition();
  const [isConfirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // The question takes focus on its safe answer; answering "keep" hands it back to Delete.
  useEffect(() => {
    if (isConfirming) keepRef.current?.focus();
    else if (asked.current) deleteRef.current?.focus();
  }, [isConfirming]);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    // Loaded after the page is usable: zod stays off its first load (the server parses it too).
    schema: () => import("@/lib/validation/session").then((m) => m.updateSegmentSchema),
    action: updateSegmentAction,
    defaultValues: {
      sessionId,
      segmentId: segment.id,
      start: wallClockLocal(segment.start, timeZone),
      end: segment.end ? wallClockLocal(segment.end, timeZone) : "",
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

  const ask = (isOpen: boolean) => {
    asked.current = true;
    setConfirming(isOpen);
  };

  const remove = () =>
    startDelete(async () => {
      setDeleteError(null);
      const result = await callAction(() => deleteSegmentAction({ sessionId, segmentId: segment.id }));
      // Offline or signed out nothing changed; a refresh now would reload the page and its text.
      if (isInterruption(result)) return setDeleteError(result.message);
      if (!result.ok) setDeleteError(result.message);
      setConfirming(false);
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
          <Button ref={deleteRef} variant="secondary" className="whitespace-nowrap text-danger-700" onClick={() => ask(true)} disabled={busy || isConfirming}>
            Delete segment {number}
          </Button>
        </div>
      </form>
      {isConfirming ? (
        <div role="group" aria-label={`Delete segment ${number}?`} className="mt-3 flex flex-wrap items-center gap-3 rounded-md border-l-4 border-danger-700 bg-red-50 px-3 py-2">
          <p className="text-red-900">{`Delete segment ${number}, ${formatSegment(segment, timeZone)}? Its time leaves the note and the billing.`}</p>
          <Button ref={keepRef} variant="secondary" onClick={() => ask(false)} disabled={deleting}>
            Keep segment {number}
          </Button>
          <Button variant="danger" onClick={remove} disabled={deleting}>
            {deleting ? "Deleting…" : "Yes, delete"}
          </Button>
        </div>
      ) : null}
      {formError ?? deleteError ? (
        <Notice tone="error" className="mt-3">
          {formError ?? deleteError}
        </Notice>
      ) : null}
    </li>
  );
}
