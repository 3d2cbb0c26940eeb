"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { RISK_LEVELS } from "@/lib/notes/choices";
import { suggestRiskLevel } from "@/lib/notes/consistency";
import type { NoteFormValues } from "@/lib/validation/session";
import { SectionPrompts } from "./consistency-prompts";
import { RadioField, TextAreaField, YES_NO } from "./controls";
import { NoteSection } from "./note-section";

const lethalMeansOptions = [...YES_NO, { value: "unknown", label: "Unknown" }];
const riskOptions = Object.entries(RISK_LEVELS).map(([value, label]) => ({ value, label }));

/** Risk to others, access to means, and the overall risk judgment that drives the disposition. */
export function RiskSection() {
  const { control } = useFormContext<NoteFormValues>();
  const [homicidal, lethalMeans, cssrs] = useWatch({ control, name: ["note.homicidalIdeation", "note.lethalMeans", "note.cssrs"] });
  const suggestion = suggestRiskLevel(cssrs);
  return (
    <NoteSection section="risk">
      <RadioField name="note.homicidalIdeation" legend="Thoughts of harming others (homicidal ideation)?" options={YES_NO} />
      {homicidal === "yes" ? (
        <TextAreaField name="note.homicidalDetails" label="Homicidal ideation: details" hint="Who, how specific, intent, and any protective action taken (duty to warn or protect)." />
      ) : null}
      <RadioField name="note.lethalMeans" legend="Access to lethal means (firearms, stockpiled medication, other)?" options={lethalMeansOptions} />
      {lethalMeans === "yes" || lethalMeans === "unknown" ? (
        <TextAreaField name="note.lethalMeansDetails" label="Lethal means: what and what was agreed" hint="What is available, and who will remove, lock or limit it, by when." />
      ) : null}
      <div className="space-y-2">
        <RadioField name="note.riskLevel" legend="Overall risk level" options={riskOptions} hint="Moderate or High makes a safety plan required." />
        {/* The screen's triage is a suggestion beside the choice: the clinician's judgment sets the level. */}
        <p role="status" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-900">
          {suggestion ? (
            <>
              <strong>{`C-SSRS screen suggests: ${RISK_LEVELS[suggestion.level]}`}</strong>
              {` — ${suggestion.reasons.join("; ")}. A suggestion only: your judgment decides, with the client's risk and protective factors.`}
            </>
          ) : (
            "A C-SSRS risk suggestion appears here once the screen is answered."
          )}
        </p>
      </div>
      <TextAreaField name="note.riskRationale" label="Rationale for the risk level" hint="Risk and protective factors that support your judgment." />
      <SectionPrompts section="risk" />
    </NoteSection>
  );
}
