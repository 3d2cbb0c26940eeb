"use client";

import Link from "next/link";
import type { GuidancePanel } from "@/lib/notes/guidance-panel";
import { GuidancePanelView } from "./guidance-panel";
import { useNoteProgress } from "./note-progress";

/**
 * The guidance beside the note, its checklist ticking as the form is completed. Loaded after the
 * form is usable (note-form.tsx); it re-renders when the checklist changes, not on each keystroke.
 */
export function GuidanceAside({ panel }: { panel: GuidancePanel }) {
  const { prompts, ...progress } = useNoteProgress();
  return (
    <aside
      id="note-guidance"
      aria-labelledby="note-guidance-heading"
      className="scroll-mt-16 space-y-3 rounded-lg border border-slate-300 bg-white p-4 shadow-sm lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto"
    >
      <h2 id="note-guidance-heading" className="text-lg font-bold">
        Guidance: 90839 and 90840
      </h2>
      <p>
        {/* A new tab keeps the note (and anything not yet saved) open while the calculator is used. */}
        <Link href="/codes/90839#calculator" target="_blank" className="inline-flex min-h-8 items-center text-brand-700 underline underline-offset-2">
          Billing calculator: minutes to 90839/90840 (opens in a new tab)
        </Link>
      </p>
      <GuidancePanelView panel={panel} progress={progress} prompts={prompts} />
    </aside>
  );
}
