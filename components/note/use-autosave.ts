"use client";

import { useEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { saveDraftAction } from "@/app/(app)/sessions/actions";
import { callAction } from "@/components/connection/call-action";
import { onConnectionRestored } from "@/components/connection/connection-store";
import { guardUnsavedNavigation } from "@/components/connection/unsaved-guard";
import type { NoteFormValues } from "@/lib/validation/session";
import { wallClockTime } from "@/lib/time/wall-clock";
import { DraftSaver } from "./draft-saver";
import { type SaveStateStore, createSaveStateStore } from "./save-state-store";

type Options = { form: UseFormReturn<NoteFormValues>; sessionId: string; version: number; timeZone: string };

/**
 * Wires a DraftSaver to the form: every value change feeds it, leaving with unsaved text asks
 * first, and what could not be saved offline or signed out is sent once the connection is back.
 */
export function useAutosave({ form, sessionId, version, timeZone }: Options): { status: SaveStateStore; saver: DraftSaver } {
  // The state lives in a store, not in the form's state: a keystroke must not re-render the form.
  const [status] = useState(() => createSaveStateStore({ kind: "saved", at: null }));
  const [saver] = useState(
    () =>
      new DraftSaver(
        {
          getValues: () => form.getValues(),
          validate: () => form.trigger(),
          send: (values, current) => callAction(() => saveDraftAction({ sessionId, version: current, ...values })),
          onState: status.set,
          clock: () => wallClockTime(new Date(), timeZone),
        },
        version,
      ),
  );

  useEffect(() => {
    const unsubscribe = form.subscribe({ formState: { values: true }, callback: saver.changed });
    const stopGuard = guardUnsavedNavigation(saver.hasUnsavedText);
    const stopResuming = onConnectionRestored(saver.resume);
    return () => {
      unsubscribe();
      saver.dispose();
      stopGuard();
      stopResuming();
    };
  }, [form, saver]);

  return { status, saver };
}
