"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { CSSRS_ITEMS, highRiskReasons, itemsToAsk } from "@/lib/notes/cssrs";
import type { NoteFormValues } from "@/lib/validation/session";
import { RadioField, YES_NO } from "./controls";
import { SectionPrompts } from "./consistency-prompts";
import { NoteSection } from "./note-section";

/** C-SSRS screener with its skip logic (lib/notes/cssrs.ts) and the triage prompt for high-risk answers. */
export function CssrsSection() {
  const { control, setValue } = useFormContext<NoteFormValues>();
  const answers = useWatch({ control, name: "note.cssrs" });
  const riskLevel = useWatch({ control, name: "note.riskLevel" });
  const asked = itemsToAsk(answers);
  const reasons = highRiskReasons(answers);
  const set = { shouldDirty: true } as const;

  // Items 3–5 are not part of the screen unless item 2 is "yes": clear stale answers so the
  // stored note never holds answers to questions that were not asked.
  const onThoughtsChange = (value: string) => {
    if (value === "yes") return;
    for (const id of ["method", "intent", "plan"] as const) setValue(`note.cssrs.${id}`, null, set);
  };
  const onBehaviorChange = (value: string) => {
    if (value !== "yes") setValue("note.cssrs.behaviorPast3Months", null, set);
  };

  return (
    <NoteSection section="cssrs" intro="Past month unless the question says otherwise. Items 3–5 appear only after a “yes” to item 2.">
      {CSSRS_ITEMS.filter((item) => asked.includes(item.id)).map((item) => (
        <div key={item.id} className="space-y-3">
          <RadioField
            name={`note.cssrs.${item.id}`}
            legend={`${item.number}. ${item.text}`}
            options={YES_NO}
            onChange={item.id === "suicidalThoughts" ? onThoughtsChange : item.id === "behavior" ? onBehaviorChange : undefined}
          />
          {item.id === "behavior" && answers.behavior === "yes" ? (
            <div className="border-l-4 border-slate-300 pl-4">
              <RadioField name="note.cssrs.behaviorPast3Months" legend="6a. Was that in the past 3 months?" options={YES_NO} />
            </div>
          ) : null}
        </div>
      ))}
      {reasons.length > 0 ? (
        <Notice tone="error">
          <p className="font-semibold">High-risk screen: {reasons.join("; ")}.</p>
          <p className="mt-1">
            A safety plan is required before signing. Consider risk level High, and whether the client needs an emergency evaluation before leaving your care.
          </p>
          {riskLevel !== "high" ? (
            <Button variant="secondary" className="mt-3" onClick={() => setValue("note.riskLevel", "high", set)}>
              Set risk level to High
            </Button>
          ) : null}
        </Notice>
      ) : null}
      <SectionPrompts section="cssrs" />
    </NoteSection>
  );
}
