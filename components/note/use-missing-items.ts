"use client";

import { useFormContext, useWatch } from "react-hook-form";
import type { SegmentView } from "@/db/session-access";
import { type MissingItem, findMissingItems, safetyPlanRequired } from "@/lib/notes/sign-readiness";
import type { NoteFormValues } from "@/lib/validation/session";

/** What the page knows besides the form's values: enough to run the sign rules in the browser. */
export type ReadinessContext = { credentials: string | null; segments: readonly SegmentView[]; dateOfService: string | null };

/**
 * The sign action's own rules over the form as it is now (billing-engine segment checks stay on
 * the server). Used by the small parts that show progress, so typing re-renders only them.
 */
export function useMissingItems(context: ReadinessContext): { missing: MissingItem[]; safetyPlanRequired: boolean } {
  const { control } = useFormContext<NoteFormValues>();
  const [meta, note, timesAttested] = useWatch({ control, name: ["meta", "note", "timesAttested"] });
  const missing = findMissingItems({
    clinicianCredentials: context.credentials,
    meta,
    // The form's values are the schema's input: lists older notes lack default to empty.
    note: { ...note, diagnoses: note.diagnoses ?? [], sameDayCodes: note.sameDayCodes ?? [] },
    timesAttested,
    segments: context.segments,
    segmentProblem: null,
    dateOfService: context.dateOfService,
  });
  return { missing, safetyPlanRequired: safetyPlanRequired(note) };
}
