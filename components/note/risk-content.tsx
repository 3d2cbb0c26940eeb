import { RISK_LEVELS } from "@/lib/notes/choices";
import { CSSRS_ITEMS, highRiskReasons, itemsToAsk } from "@/lib/notes/cssrs";
import { MSE_DOMAINS } from "@/lib/notes/mental-status";
import { noteSectionTitle } from "@/lib/notes/sections";
import type { NoteBody } from "@/lib/validation/note";
import { Facts, ReadOnlySection, answerLabel } from "./read-only";

/** C-SSRS, risk and mental status of a signed note, read-only. */
export function RiskContent({ note }: { note: NoteBody }) {
  const asked = itemsToAsk(note.cssrs);
  const reasons = highRiskReasons(note.cssrs);
  // The answers that make the screen high risk stand out in words (and weight), not colour alone.
  const isHighRiskItem = (id: string) =>
    (id === "intent" && note.cssrs.intent === "yes") || (id === "plan" && note.cssrs.plan === "yes") || (id === "behavior" && note.cssrs.behaviorPast3Months === "yes");
  const cssrs = CSSRS_ITEMS.map((item) => {
    const answer = asked.includes(item.id) ? answerLabel(note.cssrs[item.id]) : "Not asked (item 2 was not yes)";
    const past3 = item.id === "behavior" && note.cssrs.behavior === "yes" ? ` · in the past 3 months: ${answerLabel(note.cssrs.behaviorPast3Months) ?? "not answered"}` : "";
    const text = answer ? `${answer}${past3}` : null;
    return [`${item.number}. ${item.text}`, text && isHighRiskItem(item.id) ? <strong className="text-red-800">{`${text} — high risk`}</strong> : text] as const;
  });
  return (
    <>
      <ReadOnlySection title={noteSectionTitle("cssrs")}>
        <Facts items={cssrs} />
        {reasons.length > 0 ? <p className="font-semibold">High-risk screen: {reasons.join("; ")}.</p> : null}
      </ReadOnlySection>
      <ReadOnlySection title={noteSectionTitle("risk")}>
        <Facts
          items={[
            ["Homicidal ideation", answerLabel(note.homicidalIdeation)],
            ...(note.homicidalIdeation === "yes" ? [["Homicidal ideation: details", note.homicidalDetails] as const] : []),
            ["Access to lethal means", answerLabel(note.lethalMeans)],
            ...(note.lethalMeans !== "no" && note.lethalMeansDetails ? [["Lethal means: details", note.lethalMeansDetails] as const] : []),
            ["Risk level", note.riskLevel ? RISK_LEVELS[note.riskLevel] : null],
            ["Rationale", note.riskRationale],
          ]}
        />
      </ReadOnlySection>
      <ReadOnlySection title={noteSectionTitle("mse")}>
        <Facts
          items={MSE_DOMAINS.map((domain) => {
            const { normal, finding } = note.mse[domain.id];
            const text = normal ? [`Within normal limits: ${domain.normal}`, finding].filter(Boolean).join(". ") : finding;
            return [domain.label, text] as const;
          })}
        />
      </ReadOnlySection>
    </>
  );
}
