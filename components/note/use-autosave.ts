"use client";

import { DateTime } from "luxon";
import { useEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { saveDraftAction } from "@/app/(app)/sessions/actions";
import type { NoteFormValues } from "@/lib/validation/session";
import { DraftSaver, type SaveState } from "./draft-saver";

type Options = { form: UseFormReturn<NoteFormValues>; sessionId: string; version: number; timeZone: string };

/** Wires a DraftSaver to the form: every value change feeds it, and leaving with unsaved text asks first. */
export function useAutosave({ form, sessionId, version, timeZone }: Options): { state: SaveState; saver: DraftSaver } {
  const [state, setState] = useState<SaveState>({ kind: "saved", at: null });
  const [saver] = useState(
    () =>
      new DraftSaver(
        {
          getValues: () => form.getValues(),
          validate: () => form.trigger(),
          send: (values, current) => saveDraftAction({ sessionId, version: current, ...values }),
          onState: setState,
          clock: () => DateTime.now().setZone(timeZone).toFormat("h:mm a"),
        },
        version,
      ),
  );

  useEffect(() => {
    const unsubscribe = form.subscribe({ formState: { values: true }, callback: saver.changed });
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (saver.isDirty()) event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      unsubscribe();
      saver.dispose();
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [form, saver]);

  return { state, saver };
}
