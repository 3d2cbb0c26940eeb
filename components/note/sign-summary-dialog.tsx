"use client";

import { AlertDialog } from "radix-ui";
import { Button } from "@/components/ui/button";
import type { SegmentView } from "@/db/session-access";
import type { SignPreview } from "@/db/notes";
import { describeLine } from "@/lib/billing/describe";
import { getDiagnosis } from "@/lib/diagnoses";
import { formatSegment } from "./format";

type Props = {
  preview: SignPreview | null;
  segments: readonly SegmentView[];
  /** This note's counted minutes (components/note/counted-minutes.ts, computed by the page). */
  minutes: number | null;
  diagnoses: readonly string[];
  timeZone: string;
  isSigning: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

const STATUS_AFTER: Record<string, string> = {
  final: "Signed and final: the note is locked, and changes are made only as dated addenda.",
  pending_review: "Sent to your supervisor for review and co-signature: locked while they review; if they return it, you can edit it again.",
};

/**
 * What a signature commits, confirmed before it is made: date, times, minutes, the day's lines
 * (with the day's other signed notes), diagnoses and the status the note goes to. Cancel has the
 * focus when it opens: a stray Enter does not sign.
 */
export function SignSummaryDialog({ preview, segments, minutes, diagnoses, timeZone, isSigning, onConfirm, onCancel }: Props) {
  const toReview = preview?.status === "pending_review";
  return (
    <AlertDialog.Root
      open={preview !== null}
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
    >
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-slate-900/50" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[90vh] w-[92vw] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-bold">{toReview ? "Sign and send this note for review?" : "Sign and lock this note?"}</AlertDialog.Title>
          <AlertDialog.Description className="mt-1 text-slate-700">Check what the signature commits.</AlertDialog.Description>
          {preview ? (
            <dl className="mt-4 space-y-3">
              <div>
                <dt className="font-semibold">Date of service</dt>
                <dd>{preview.dateOfService}</dd>
              </div>
              <div>
                <dt className="font-semibold">Times</dt>
                <dd>
                  <ul className="list-disc pl-6">
                    {segments.map((segment) => (
                      <li key={segment.id}>{formatSegment(segment, timeZone)}</li>
                    ))}
                  </ul>
                  <p>{`This note: ${minutes ?? "—"} minutes`}</p>
                </dd>
              </div>
              <div>
                <dt className="font-semibold">The day&apos;s billing lines</dt>
                <dd>
                  {preview.lines.length === 0 ? (
                    <p>No billable lines (under 30 minutes in the day).</p>
                  ) : (
                    <ul aria-label="Billing lines to sign" className="list-disc pl-6">
                      {preview.lines.map((line) => (
                        <li key={line.code}>{describeLine(line)}</li>
                      ))}
                    </ul>
                  )}
                  <p>{`Day total: ${preview.dayMinutes} minutes`}</p>
                  {preview.warnings.map((warning) => (
                    <p key={warning} className="mt-1 rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-1 text-sm text-amber-950">
                      {warning}
                    </p>
                  ))}
                </dd>
              </div>
              {diagnoses.length > 0 ? (
                <div>
                  <dt className="font-semibold">Diagnoses</dt>
                  <dd>
                    <ul className="list-disc pl-6">
                      {diagnoses.map((code) => (
                        <li key={code}>{[code, getDiagnosis(code)?.title].filter(Boolean).join(" ")}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt className="font-semibold">After signing</dt>
                <dd>{STATUS_AFTER[preview.status] ?? preview.status}</dd>
              </div>
            </dl>
          ) : null}
          <div className="mt-6 flex flex-wrap justify-end gap-3">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary">Go back to the note</Button>
            </AlertDialog.Cancel>
            <Button
              onClick={onConfirm}
              aria-disabled={isSigning || undefined}
              className="aria-disabled:cursor-wait aria-disabled:opacity-60"
            >
              {isSigning ? "Signing…" : toReview ? "Sign and send for review" : "Sign and lock"}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
