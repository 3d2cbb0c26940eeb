"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { signSessionAction } from "@/app/(app)/sessions/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { CheckboxField } from "./controls";
import { countedMinutes, formatSegment } from "./format";
import { type MissingLine, MissingList } from "./missing-list";
import { NoteSection } from "./note-section";
import type { DraftSaver } from "./draft-saver";
import { type ReadinessContext, useMissingItems } from "./use-missing-items";

type Props = {
  sessionId: string;
  supervised: boolean;
  timeZone: string;
  context: ReadinessContext;
  autosave: Pick<DraftSaver, "flush" | "hold" | "currentVersion">;
};

export function SignPanel({ sessionId, supervised, timeZone, context, autosave }: Props) {
  const router = useRouter();
  // The live list from the form; lines only the server can judge are added after an attempt.
  const { missing } = useMissingItems(context);
  const { segments } = context;
  const [signing, setSigning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // null until the first attempt: the list is shown once signing was tried, not on a blank note.
  const [serverOnly, setServerOnly] = useState<MissingLine[] | null>(null);

  const sign = async () => {
    setError(null);
    setSigning(true);
    if (!(await autosave.flush())) {
      setError("Your latest changes are not saved yet, so the note was not signed. See the save status at the top of the note.");
      setSigning(false);
      return;
    }
    autosave.hold(true);
    const result = await signSessionAction({ sessionId, version: autosave.currentVersion() }).catch(() => null);
    if (result?.ok) {
      router.refresh();
      return;
    }
    autosave.hold(false);
    setSigning(false);
    if (!result) return setError("The server could not be reached. Nothing was signed; try again.");
    setError(result.message);
    if (result.code !== "VALIDATION") return;
    const lines = Object.entries(result.fieldErrors ?? {}).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
    setServerOnly(lines.filter((line) => !missing.some((m) => m.field === line.field && m.message === line.message)));
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
            <li className="list-none font-semibold">{`Total: ${countedMinutes(segments, timeZone) ?? "—"} minutes`}</li>
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
          : "Signing locks the note and records the day's billing lines. After that, changes are made only as dated addenda."}
      </p>
      <Button onClick={() => void sign()} disabled={signing} className="w-full text-lg sm:w-auto sm:px-10">
        {signing ? "Signing…" : "Sign note"}
      </Button>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {serverOnly ? <MissingList items={[...missing, ...serverOnly]} /> : null}
    </NoteSection>
  );
}
