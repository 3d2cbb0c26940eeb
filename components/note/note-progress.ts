"use client";

import { createContext, useContext, useSyncExternalStore } from "react";
import type { SegmentView } from "@/db/session-access";
import { type ConsistencyPrompt, findConsistencyPrompts } from "@/lib/notes/consistency";
import { type MissingItem, findMissingItems, safetyPlanRequired } from "@/lib/notes/sign-readiness";
import type { NoteFormValues } from "@/lib/validation/session";

/** What the page knows besides the form's values: enough to run the sign rules in the browser. */
export type ReadinessContext = { credentials: string | null; segments: readonly SegmentView[]; dateOfService: string | null };

/** The checklist's view of the note as it is now: what still blocks signing, and the prompts. */
export type NoteProgress = { missing: MissingItem[]; safetyPlanRequired: boolean; prompts: ConsistencyPrompt[] };

/**
 * The sign action's own rules (billing-engine segment checks stay on the server) and the
 * consistency prompts over the form's values.
 */
export function noteProgress(values: NoteFormValues, context: ReadinessContext): NoteProgress {
  const { meta, note, timesAttested } = values;
  // The form's values are the schema's input: lists older notes lack default to empty.
  const body = { ...note, diagnoses: note.diagnoses ?? [], sameDayCodes: note.sameDayCodes ?? [] };
  const missing = findMissingItems({
    clinicianCredentials: context.credentials,
    meta,
    note: body,
    timesAttested,
    segments: context.segments,
    segmentProblem: null,
    dateOfService: context.dateOfService,
  });
  return { missing, safetyPlanRequired: safetyPlanRequired(note), prompts: findConsistencyPrompts(note) };
}

// A prompt's words follow the form (the risk level it names, the screen's reasons): the whole prompt is compared, not its id.
const keyOf = (progress: NoteProgress): string =>
  JSON.stringify([progress.missing.map((m) => [m.checklistId, m.field, m.message]), progress.safetyPlanRequired, progress.prompts]);

/**
 * Recomputed on every change to the form, outside React; its readers (the checklist, the sign
 * panel, the prompts in each section) re-render only when the result changes, which a keystroke
 * in a field that is already filled in never does.
 */
export class NoteProgressStore {
  private current: NoteProgress;
  private key: string;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly read: () => NoteFormValues,
    private context: ReadinessContext,
  ) {
    this.current = noteProgress(read(), context);
    this.key = keyOf(this.current);
  }

  get = (): NoteProgress => this.current;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** The form changed (or the page brought new segments): recompute, tell readers only if it differs. */
  update = (context: ReadinessContext = this.context): void => {
    this.context = context;
    const next = noteProgress(this.read(), context);
    const key = keyOf(next);
    if (key === this.key) return;
    this.current = next;
    this.key = key;
    for (const listener of this.listeners) listener();
  };
}

export const NoteProgressContext = createContext<NoteProgressStore | null>(null);

export function useNoteProgress(): NoteProgress {
  const store = useContext(NoteProgressContext);
  if (!store) throw new Error("useNoteProgress needs the note form's NoteProgressContext");
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
