"use client";

import { useNoteProgress } from "./note-progress";

/** On tablets the panel sits below the note: a link in the save bar keeps the checklist one tap away. */
export function ChecklistLink({ total }: { total: number }) {
  const { missing, safetyPlanRequired } = useNoteProgress();
  const open = new Set(missing.map((m) => m.checklistId));
  if (!safetyPlanRequired) open.delete("safety-plan");
  return (
    <a href="#note-guidance" className="text-brand-700 underline underline-offset-2 lg:hidden">
      {`Checklist: ${total - open.size} of ${total} done`}
    </a>
  );
}
