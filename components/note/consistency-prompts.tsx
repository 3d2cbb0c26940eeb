"use client";

import type { ConsistencyPrompt } from "@/lib/notes/consistency";
import type { NoteSectionKey } from "@/lib/notes/sections";
import { focusField } from "./focus-field";
import { useNoteProgress } from "./note-progress";

/** The note's contradictions as it is now (lib/notes/consistency.ts): prompts, never blocks. */
export function useConsistencyPrompts(): ConsistencyPrompt[] {
  return useNoteProgress().prompts;
}

/** The prompts about one part of the note, shown inside that part, each with its reason. */
export function SectionPrompts({ section }: { section: NoteSectionKey }) {
  const prompts = useConsistencyPrompts().filter((prompt) => prompt.section === section);
  if (prompts.length === 0) return null;
  return (
    <div role="group" aria-label="Worth a second look" className="space-y-2">
      {prompts.map((prompt) => (
        <div key={prompt.id} className="rounded-md border-l-4 border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">
          <p className="font-semibold">
            <span aria-hidden>⚠ </span>
            {prompt.message}
          </p>
          <p className="mt-1">{prompt.why}</p>
        </div>
      ))}
    </div>
  );
}

/** The same prompts in the checklist beside the note: warnings, not items that block signing. */
export function PromptLinks({ prompts }: { prompts: readonly ConsistencyPrompt[] }) {
  if (prompts.length === 0) return null;
  return (
    <section aria-labelledby="consistency-heading" className="space-y-2 rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950">
      <h3 id="consistency-heading" className="text-base font-bold">
        {`Worth a second look (${prompts.length})`}
      </h3>
      <p>These do not stop signing: check them, and explain in the note if the answer stands.</p>
      <ul className="list-disc space-y-1 pl-5">
        {prompts.map((prompt) => (
          <li key={prompt.id}>
            <button type="button" onClick={() => focusField(prompt.field)} className="min-h-6 text-left underline underline-offset-2">
              {prompt.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
