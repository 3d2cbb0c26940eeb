"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { RISK_LEVELS } from "@/lib/notes/choices";
import { highRiskReasons } from "@/lib/notes/cssrs";
import type { NoteFormValues } from "@/lib/validation/session";
import { RadioField, TextAreaField, YES_NO } from "./controls";
import { NoteSection } from "./note-section";

const lethalMeansOptions = [...YES_NO, { value: "unknown", label: "Unknown" }];
const riskOptions = Object.entries(RISK_LEVELS).map(([value, label]) => ({ value, label }));

/** Risk to others, access to means, and the overall risk judgment that drives the disposition. */
export function RiskSection() {
  const { control } = useFormContext<NoteFormValues>();
  const [homicidal, lethalMeans, cssrs] = useWatch({ control, name: ["note.homicidalIdeation", "note.lethalMeans", "note.cssrs"] });
  const highRisk = highRiskReasons(cssrs).length > 0;
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
      <RadioField
        name="note.riskLevel"
        legend="Overall risk level"
        options={riskOptions}
        hint={highRisk ? "The C-SSRS answers are high risk: High is suggested." : "Moderate or High makes a safety plan required."}
      />
      <TextAreaField name="note.riskRationale" label="Rationale for the risk level" hint="Risk and protective factors that support your judgment." />
    </NoteSection>
  );
}
