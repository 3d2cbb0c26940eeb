import type { ReactNode } from "react";
import type { GuidanceEntry } from "@/lib/guidance";
import { DocumentationChecklist } from "./documentation-checklist";
import { TextList } from "./guidance-section";
import { SafetyPlanTemplateView } from "./safety-plan-template";
import { SimilarCodes } from "./similar-codes";
import { CRISIS_TIME_TABLE, NON_OFFICE_CRISIS_CODES, NON_OFFICE_CRISIS_TIME_TABLE } from "@/lib/billing";
import { CrisisTimeTable, TimeRangeSummary } from "./time-table";

// Medicare's crisis codes away from the office bill by the same thresholds under their own codes (BILLING-RULES §8).
const MEDICARE_NON_OFFICE_CODES: ReadonlySet<string> = new Set(Object.values(NON_OFFICE_CRISIS_CODES));

type ReferenceSection = { id: string; title: string; body: ReactNode };

// A talk therapy has no anaesthesia and no recovery: a heading to say "None" is only noise on a
// page read in a hurry, so such a section is left out.
const saysNone = (text: string): boolean => /^none\b/i.test(text.trim());
const unlessNone = (section: ReferenceSection, text: string): ReferenceSection | null => (saysNone(text) ? null : section);

function Duration({ entry }: { entry: GuidanceEntry }) {
  const isCrisis = entry.category === "crisis";
  return (
    <>
      <p>{entry.duration}</p>
      {isCrisis || entry.timeRange ? <h3 className="pt-2 font-semibold">Time table</h3> : null}
      {isCrisis ? <CrisisTimeTable table={MEDICARE_NON_OFFICE_CODES.has(entry.code) ? NON_OFFICE_CRISIS_TIME_TABLE : CRISIS_TIME_TABLE} /> : entry.timeRange ? <TimeRangeSummary timeRange={entry.timeRange} /> : null}
    </>
  );
}

/**
 * The sections of a reference page in reading order; one list feeds both the headings and the
 * "On this page" links. `calculator` is placed right after the summary for the crisis codes,
 * where clinicians come for it.
 */
export function referenceSections(entry: GuidanceEntry, calculator?: ReactNode): ReferenceSection[] {
  const sections: (ReferenceSection | null)[] = [
    { id: "summary", title: "Summary", body: <p>{entry.summary}</p> },
    calculator ? { id: "calculator", title: "Billing calculator", body: calculator } : null,
    { id: "purpose", title: "Purpose", body: <p>{entry.purpose}</p> },
    { id: "indications", title: "Indications", body: <TextList items={entry.indications} /> },
    { id: "preparation", title: "Preparation", body: <TextList items={entry.preparation} /> },
    { id: "procedure", title: "Procedure", body: <TextList items={entry.procedureSteps} ordered /> },
    { id: "tools", title: "Tools and equipment", body: <TextList items={entry.toolsAndEquipment} /> },
    unlessNone({ id: "anesthesia", title: "Anesthesia or sedation", body: <p>{entry.anesthesia}</p> }, entry.anesthesia),
    { id: "duration", title: "Duration", body: <Duration entry={entry} /> },
    { id: "setting", title: "Setting", body: <p>{entry.setting}</p> },
    { id: "personnel", title: "Personnel", body: <TextList items={entry.personnel} /> },
    { id: "risks", title: "Risks and complications", body: <TextList items={entry.risks} /> },
    { id: "benefits", title: "Benefits", body: <TextList items={entry.benefits} /> },
    unlessNone({ id: "recovery", title: "Recovery", body: <p>{entry.recovery}</p> }, entry.recovery),
    { id: "alternatives", title: "Alternatives", body: <TextList items={entry.alternatives} /> },
    { id: "patient-experience", title: "Patient experience", body: <p>{entry.patientExperience}</p> },
    { id: "payer-notes", title: "Payer policy notes", body: <TextList items={entry.payerNotes} /> },
    { id: "similar-codes", title: "Similar codes", body: <SimilarCodes codes={entry.similarCodes} /> },
    entry.safetyPlanTemplate
      ? { id: "safety-plan", title: "Coping and safety plan template", body: <SafetyPlanTemplateView template={entry.safetyPlanTemplate} /> }
      : null,
    entry.documentationChecklist
      ? { id: "documentation-checklist", title: "Documentation checklist", body: <DocumentationChecklist items={entry.documentationChecklist} /> }
      : null,
  ];
  return sections.filter((section) => section !== null);
}
