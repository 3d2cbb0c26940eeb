"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useFormContext } from "react-hook-form";
import { previewSignAction, signSessionAction } from "@/app/(app)/sessions/actions";
import { callAction } from "@/components/connection/call-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { SignPreview } from "@/db/notes";
import type { NoteFormValues } from "@/lib/validation/session";
import { CheckboxField } from "./controls";
import { formatSegment } from "./format";
import { type MissingLine, MissingList } from "./missing-list";
import { NoteSection } from "./note-section";
import type { DraftSaver } from "./draft-saver";
import { SignSummaryDialog } from "./sign-summary-dialog";
import { type ReadinessContext, useNoteProgress } from "./note-progress";

type Props = {
  sessionId: string;
  supervised: boolean;
  timeZone: string;
  context: ReadinessContext;
  /** This note's counted minutes, computed by the page with the billing engine. */
  minutes: number | null;
  autosave: Pick<DraftSaver, "flush" | "hold" | "currentVersion" | "isDirty">;
};

/**
 * Signing in two steps: "Sign note" saves, asks the server what a signature would commit (or
 * why it would be refused) and shows it; only the confirmation signs. A refusal moves focus to
 * the list of what is missing, and replaces any older message.
 */
export function SignPanel({ sessionId, supervised, timeZone, context, minutes, autosave }: Props) {
  const router = useRouter();
  const { getValues } = useFormContext<NoteFormValues>();
  // The live list from the form; lines only the server can judge are added after an attempt.
  const { missing } = useNoteProgress();
  const { segments } = context;
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ summary: SignPreview; version: number } | null>(null);
  // null until the first attempt: the list is shown once signing was tried, not on a blank note.
  const [serverOnly, setServerOnly] = useState<MissingLine[] | null>(null);
  const missingRef = useRef<HTMLDivElement>(null);
  // Counts refusals: each one, once rendered, lands the clinician on the list of what to fix.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) missingRef.current?.focus();
  }, [refusals]);

  const refused = (result: { code: string; message: string; fieldErrors?: Record<string, string[]> | undefined }) => {
    setError(result.message);
    if (result.code !== "VALIDATION") return;
    const lines = Object.entries(result.fieldErrors ?? {}).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
    setServerOnly(lines.filter((line) => !missing.some((m) => m.field === line.field && m.message === line.message)));
    setRefusals((count) => count + 1);
  };

  const review = async () => {
    if (isBusy) return;
    setError(null);
    setBusy(true);
    if (!(await autosave.flush())) {
      setError("Your latest changes are not saved yet, so the note was not signed. See the save status at the top of the note.");
      setBusy(false);
      return;
    }
    const version = autosave.currentVersion();
    const result = await callAction(() => previewSignAction({ sessionId, version }));
    setBusy(false);
    if (!result.ok) return refused(result);
    setServerOnly((lines) => (lines ? [] : null));
    setPreview({ summary: result.data, version });
  };

  const sign = async () => {
    if (isBusy || !preview) return;
    setBusy(true);
    autosave.hold(true);
    // The signature covers exactly the version the summary showed. Text typed while the summary
    // loaded (unsaved, or saved as a newer version) would otherwise be left out or signed unseen:
    // save it and show the summary again instead.
    if (autosave.isDirty() || autosave.currentVersion() !== preview.version) {
      autosave.hold(false);
      setBusy(false);
      setPreview(null);
      await review();
      return;
    }
    const result = await callAction(() => signSessionAction({ sessionId, version: preview.version }));
    if (result.ok) {
      router.refresh();
      return;
    }
    autosave.hold(false);
    setBusy(false);
    setPreview(null);
    refused(result);
  };

  return (
    <NoteSection section="sign">
      <div>
        <h3 className="font-semibold">Times on record</h3>
        {segments.length === 0 ? (
          <p>No time recorded yet.</p>
        ) : (
          <ul className="list-disc pl-6">
            {segments.map((segment) => (
              <li key={segment.id}>{formatSegment(segment, timeZone)}</li>
            ))}
            <li className="list-none font-semibold">{`Total: ${minutes ?? "—"} minutes`}</li>
          </ul>
        )}
      </div>
      <div className="rounded-md border-2 border-slate-400 p-3">
        {/* Auditors reject software-default times (BILLING-RULES §5): the clinician confirms them. */}
        <CheckboxField name="timesAttested" label="I attest that these times are the actual face-to-face times" />
      </div>
      <p className="text-slate-800">
        {supervised
          ? "You have a supervisor: signing sends this note to them for review and co-signature. It is locked while they review it; if they return it, you can edit and sign again."
          : "Signing locks the note and records the day's billing lines. After that, changes are made only as dated addenda."}{" "}
        You will see a summary to confirm first.
      </p>
      <Button
        onClick={() => void review()}
        aria-disabled={isBusy || undefined}
        className="w-full text-lg aria-disabled:cursor-wait aria-disabled:opacity-60 sm:w-auto sm:px-10"
      >
        {isBusy && !preview ? "Checking…" : "Sign note"}
      </Button>
      {/* Only while the list still has lines: a stale "not ready" must not sit beside "everything filled in". */}
      {error && !(serverOnly && missing.length + serverOnly.length === 0) ? <Notice tone="error">{error}</Notice> : null}
      {serverOnly ? (
        <div ref={missingRef} tabIndex={-1} role="group" aria-label="What is missing before signing" className="rounded-md outline-none focus:ring-2 focus:ring-brand-700">
          <MissingList items={[...missing, ...serverOnly]} />
        </div>
      ) : null}
      <SignSummaryDialog
        preview={preview?.summary ?? null}
        segments={segments}
        minutes={minutes}
        diagnoses={preview ? (getValues("note.diagnoses") ?? []) : []}
        timeZone={timeZone}
        isSigning={isBusy}
        onConfirm={() => void sign()}
        onCancel={() => setPreview(null)}
      />
    </NoteSection>
  );
}
