import { z } from "zod";
import { SAFETY_PLAN_STEP_IDS } from "@/lib/guidance/types";
import { DISPOSITION_IDS, INTERVENTION_IDS, RISK_LEVEL_IDS } from "@/lib/notes/choices";
import { MSE_DOMAIN_IDS } from "@/lib/notes/mental-status";

/**
 * The crisis note body, as the form edits it and the server stores it. A draft may be
 * incomplete (empty strings, unanswered questions are null); what signing needs is checked by
 * lib/notes/sign-readiness.ts. Limits keep one note to a sane size.
 */
const text = (max: number) => z.string().max(max, `At most ${max} characters.`);
const answer = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).nullable();
const yesNo = answer(["yes", "no"] as const);

export const calendarDate = z.union([z.literal(""), z.iso.date("Use a valid date.")]);

const mseFinding = z.object({ normal: z.boolean(), finding: text(1000) });

const safetyPlanItem = z.object({ text: text(500), phone: text(40) });

export const noteBodySchema = z.object({
  presentation: z.object({
    precipitant: text(4000),
    currentState: text(4000),
    whyUrgent: text(2000),
  }),
  cssrs: z
    .object({
      wishDead: yesNo,
      suicidalThoughts: yesNo,
      method: yesNo,
      intent: yesNo,
      plan: yesNo,
      behavior: yesNo,
      behaviorPast3Months: yesNo,
    })
    // The screener's skip logic holds on the server too: no stored answer to a question that
    // was never asked (BILLING-RULES §5; the form clears them when the gate answer changes).
    .superRefine((cssrs, ctx) => {
      if (cssrs.suicidalThoughts !== "yes") {
        for (const item of ["method", "intent", "plan"] as const) {
          if (cssrs[item] !== null) ctx.addIssue({ code: "custom", path: [item], message: "Items 3–5 are asked only after a “yes” to item 2." });
        }
      }
      if (cssrs.behavior !== "yes" && cssrs.behaviorPast3Months !== null) {
        ctx.addIssue({ code: "custom", path: ["behaviorPast3Months"], message: "Asked only after a “yes” to item 6." });
      }
    }),
  homicidalIdeation: yesNo,
  homicidalDetails: text(2000),
  lethalMeans: answer(["yes", "no", "unknown"] as const),
  lethalMeansDetails: text(2000),
  riskLevel: answer(RISK_LEVEL_IDS),
  riskRationale: text(4000),
  mse: z.object(Object.fromEntries(MSE_DOMAIN_IDS.map((id) => [id, mseFinding])) as Record<(typeof MSE_DOMAIN_IDS)[number], typeof mseFinding>),
  interventions: z.array(z.enum(INTERVENTION_IDS)).max(INTERVENTION_IDS.length),
  interventionsDetail: text(4000),
  resources: text(2000),
  clientResponse: text(4000),
  disposition: answer(DISPOSITION_IDS),
  dispositionDetail: text(2000),
  followUp: z.object({ plan: text(2000), date: calendarDate }),
  safetyPlan: z.object(
    Object.fromEntries(SAFETY_PLAN_STEP_IDS.map((id) => [id, z.array(safetyPlanItem).max(20, "At most 20 items.")])) as Record<
      (typeof SAFETY_PLAN_STEP_IDS)[number],
      z.ZodArray<typeof safetyPlanItem>
    >,
  ),
});

export type NoteBody = z.infer<typeof noteBodySchema>;
export type SafetyPlanItem = z.infer<typeof safetyPlanItem>;
