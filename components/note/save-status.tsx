"use client";

import { type ReactNode, useSyncExternalStore } from "react";
import { Notice } from "@/components/ui/notice";
import type { SaveState } from "./draft-saver";
import type { SaveStateStore } from "./save-state-store";

function label(state: SaveState): string {
  switch (state.kind) {
    case "saved":
      return state.at ? `Saved at ${state.at}` : "All changes saved";
    case "pending":
      return "Unsaved changes, saving shortly…";
    case "saving":
      return "Saving…";
    case "failed":
      return `Not saved: ${state.message}`;
    case "conflict":
      return "Not saved: autosave stopped.";
  }
}

/**
 * The draft's save state, always visible at the top of the note. Polite: it must not interrupt a
 * screen reader on every autosave. A conflict is the exception and interrupts (role=alert).
 */
export function SaveStatus({ store, children }: { store: SaveStateStore; children?: ReactNode }) {
  // The one reader of the autosave's state: only this line re-renders while the clinician types.
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  const problem = state.kind === "failed" || state.kind === "conflict";
  return (
    <div className="sticky top-0 z-10 -mx-1 space-y-2 border-b border-slate-300 bg-slate-50/95 px-1 py-2 backdrop-blur-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" aria-live="polite" className={problem ? "font-semibold text-danger-700" : "font-medium text-slate-800"}>
          <span aria-hidden>{problem ? "⚠ " : state.kind === "saved" ? "✓ " : "… "}</span>
          {label(state)}
        </p>
        {children}
      </div>
      {state.kind === "conflict" ? <Notice tone="error">{state.message}</Notice> : null}
    </div>
  );
}
