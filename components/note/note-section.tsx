import type { ReactNode } from "react";
import { type NoteSectionKey, noteSectionTitle } from "@/lib/notes/sections";

/** Section ids double as link targets from the guidance checklist and the missing-items list. */
export const SECTION_IDS = {
  contact: "note-contact",
  presentation: "note-presentation",
  cssrs: "note-cssrs",
  risk: "note-risk",
  mse: "note-mse",
  interventions: "note-interventions",
  disposition: "note-disposition",
  safetyPlan: "note-safety-plan",
  coding: "note-coding",
  sign: "note-sign",
} as const satisfies Record<NoteSectionKey, string>;

type Props = { section: NoteSectionKey; intro?: ReactNode; children: ReactNode };

/** One numbered card of the note: a landmark with its own heading, so the page reads as an outline. */
export function NoteSection({ section, intro, children }: Props) {
  const id = SECTION_IDS[section];
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-16 space-y-5 rounded-lg border border-slate-300 bg-white p-5 shadow-sm sm:p-6">
      <div className="space-y-1">
        <h2 id={`${id}-heading`} className="text-xl font-bold text-slate-900">
          {noteSectionTitle(section)}
        </h2>
        {intro ? <div className="text-slate-700">{intro}</div> : null}
      </div>
      {children}
    </section>
  );
}
