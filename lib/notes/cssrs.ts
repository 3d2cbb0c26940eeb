/**
 * Columbia Suicide Severity Rating Scale, screener version (six items, past month unless said).
 * Skip logic: items 1, 2 and 6 are always asked; 3–5 only when item 2 is "yes"
 * (BILLING-RULES §5; domain-research.md §3). The wording is the project's own paraphrase.
 */
export const CSSRS_ITEMS = [
  { id: "wishDead", number: 1, text: "Wished to be dead, or wished to go to sleep and not wake up (past month)" },
  { id: "suicidalThoughts", number: 2, text: "Had any actual thoughts of killing themself (past month)" },
  { id: "method", number: 3, text: "Thought about how they might do this (past month)" },
  { id: "intent", number: 4, text: "Had these thoughts with some intention of acting on them (past month)" },
  { id: "plan", number: 5, text: "Started to work out or worked out the details of how, and intends to carry it out (past month)" },
  { id: "behavior", number: 6, text: "Ever done, started or prepared to do anything to end their life" },
] as const;

type CssrsItemId = (typeof CSSRS_ITEMS)[number]["id"];
type YesNo = "yes" | "no";

type CssrsAnswers = Partial<Record<CssrsItemId | "behaviorPast3Months", YesNo | null>>;

/** Items 3–5 are asked only after a "yes" to item 2. */
const isConditionalItem = (id: CssrsItemId): boolean => id === "method" || id === "intent" || id === "plan";

export function itemsToAsk(answers: CssrsAnswers): CssrsItemId[] {
  return CSSRS_ITEMS.map((item) => item.id).filter((id) => !isConditionalItem(id) || answers.suicidalThoughts === "yes");
}

/** Answers that make the screen high risk: intent (4), plan (5), or behaviour in the past 3 months. */
export function highRiskReasons(answers: CssrsAnswers): string[] {
  const reasons: string[] = [];
  if (answers.suicidalThoughts === "yes" && answers.intent === "yes") reasons.push("suicidal thoughts with intent (item 4)");
  if (answers.suicidalThoughts === "yes" && answers.plan === "yes") reasons.push("suicidal intent with a plan (item 5)");
  if (answers.behavior === "yes" && answers.behaviorPast3Months === "yes") reasons.push("suicidal behaviour in the past 3 months (item 6)");
  return reasons;
}
