import { type CrisisChecklistId, isCrisisChecklistId } from "@/lib/guidance/ids";
import type { ConsistencyPrompt } from "@/lib/notes/consistency";
import type { GuidancePanel } from "@/lib/notes/guidance-panel";
import type { NoteSectionKey } from "@/lib/notes/sections";
import type { MissingItem } from "@/lib/notes/sign-readiness";
import { PromptLinks } from "./consistency-prompts";
import { SECTION_IDS } from "./note-section";

/** Which part of the note form completes each checklist item; credentials come from the user's profile, not the form. */
const SECTION_OF: Record<CrisisChecklistId, NoteSectionKey | null> = {
  identification: null,
  diagnosis: "coding",
  modality: "contact",
  "time-attestation": "sign",
  presentation: "presentation",
  cssrs: "cssrs",
  "homicidal-ideation": "risk",
  "lethal-means": "risk",
  "risk-level": "risk",
  mse: "mse",
  interventions: "interventions",
  resources: "interventions",
  response: "interventions",
  disposition: "disposition",
  "follow-up": "disposition",
  "safety-plan": "safetyPlan",
};

/** The anchor of the section that completes a stored checklist item, if it is one this form knows. */
function sectionAnchor(id: string): string | null {
  const section = isCrisisChecklistId(id) ? SECTION_OF[id] : null;
  return section ? SECTION_IDS[section] : null;
}

type Progress = { missing: readonly MissingItem[]; safetyPlanRequired: boolean };
type ItemState = "done" | "todo" | "not-required";

const MARK: Record<ItemState, { symbol: string; text: string; className: string }> = {
  done: { symbol: "✓", text: "Done", className: "text-green-800" },
  todo: { symbol: "○", text: "To do", className: "text-slate-700" },
  "not-required": { symbol: "–", text: "Not required", className: "text-slate-600" },
};

/**
 * The 90839/90840 guidance beside the note. With `progress` (the editor) each checklist item
 * ticks when no missing item refers to it, and the note's consistency prompts follow as warnings;
 * without it (a signed note) it shows what was shown.
 */
export function GuidancePanelView({ panel, progress, prompts = [] }: { panel: GuidancePanel; progress?: Progress; prompts?: readonly ConsistencyPrompt[] }) {
  const stateOf = (id: string): ItemState | null => {
    if (!progress) return null;
    if (id === "safety-plan" && !progress.safetyPlanRequired) return "not-required";
    return progress.missing.some((m) => m.checklistId === id) ? "todo" : "done";
  };
  const done = panel.checklist.filter((item) => stateOf(item.id) !== "todo").length;
  return (
    <div className="space-y-4 text-sm">
      <p className="text-slate-700">Guidance version {panel.version}</p>
      <section aria-labelledby="checklist-heading" className="space-y-2">
        <h3 id="checklist-heading" className="text-base font-bold">
          Documentation checklist
        </h3>
        {progress ? <p className="font-medium">{`${done} of ${panel.checklist.length} complete`}</p> : null}
        <ul className="space-y-1">
          {panel.checklist.map((item) => {
            const state = stateOf(item.id);
            const mark = state ? MARK[state] : null;
            const section = sectionAnchor(item.id);
            return (
              <li key={item.id} className="flex gap-2">
                {mark ? (
                  <span className={`w-4 shrink-0 text-center font-bold ${mark.className}`} aria-hidden>
                    {mark.symbol}
                  </span>
                ) : null}
                <span>
                  {mark ? <span className="sr-only">{mark.text}: </span> : null}
                  {progress && section ? (
                    <a href={`#${section}`} className="text-brand-700 underline underline-offset-2">
                      {item.label}
                    </a>
                  ) : (
                    item.label
                  )}
                  {mark && state !== "todo" ? <span className={`ml-1 ${mark.className}`}>({mark.text.toLowerCase()})</span> : null}
                  {item.requiredWhen ? <span className="block text-slate-600">Required when: {item.requiredWhen.toLowerCase()}</span> : null}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <PromptLinks prompts={prompts} />
      {panel.codes.map((code) => (
        <details key={code.code} className="rounded-md border border-slate-300 bg-white p-3">
          <summary className="min-h-8 cursor-pointer font-semibold">
            {code.code} · {code.name}
          </summary>
          <div className="mt-2 space-y-2">
            <p>{code.purpose}</p>
            <GuidanceList title="Indications" items={code.indications} />
            <GuidanceList title="Risks" items={code.risks} />
          </div>
        </details>
      ))}
    </div>
  );
}

function GuidanceList({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <>
      <h4 className="font-semibold">{title}</h4>
      <ul className="list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}
