import { z } from "./zod";
import { SAFETY_PLAN_STEP_IDS } from "@/lib/guidance/ids";
import { DISPOSITION_IDS, INTERVENTION_IDS, RISK_LEVEL_IDS } from "@/lib/notes/choices";
import { checkDiagnosisCode } from "@/lib/diagnoses";
import { MAX_DIAGNOSES } from "@/lib/notes/limits";
import { MSE_DOMAIN_IDS } from "@/lib/notes/mental-status";
import { stripHiddenCharacters } from "./text";

/**
 * The crisis note body, as the form edits it and the server stores it. A draft may be
 * incomplete (empty strings, unanswered questions are null); what signing needs is checked by
 * lib/notes/sign-readiness.ts. Limits keep one note to a sane size.
 */
const text = (max: number) => z.string().overwrite(stripHiddenCharacters).max(max, `At most ${max} characters.`);
const answer = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).nullable();
const yesNo = answer(["yes", "no"] as const);

export const calendarDate = z.union([z.literal(""), z.iso.date("Use a valid date.")]);

const mseFinding = z.object({ normal: z.boolean(), finding: text(1000) });

const safetyPlanItem = z.object({ text: text(500), phone: text(40) });

/** An ICD-10-CM code from the practice list, or a well-formed one outside it; stored normalised ("F43.0"). */
export const diagnosisCodeField = z.string().transform((value, ctx) => {
  const check = checkDiagnosisCode(value);
  if (check.status === "malformed") {
    ctx.addIssue({ code: "custom", message: `“${value.slice(0, 20)}” is not an ICD-10-CM code (a letter, two characters, then up to four after a dot, e.g. F43.0).` });
    return z.NEVER;
  }
  return check.code;
});

/** A CPT or HCPCS code another service of the day was billed under (e.g. 90791, 99213). */
export const serviceCodeField = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(\d{5}|[A-Z]\d{4})$/, "A service code is 5 digits (e.g. 99213) or a letter and 4 digits.");

export { MAX_DIAGNOSES };

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
  /** Primary first, then up to three more. Older notes have none. */
  diagnoses: z
    .array(diagnosisCodeField)
    .max(MAX_DIAGNOSES, `At most ${MAX_DIAGNOSES} diagnoses: a primary and three more.`)
    .refine((codes) => new Set(codes).size === codes.length, "Each diagnosis once.")
    .default([]),
  /** Other services this clinician billed this client on the date of service (BILLING-RULES §4, §8). */
  sameDayCodes: z.array(serviceCodeField).max(10, "At most 10 codes.").default([]),
  safetyPlan: z.object(
    Object.fromEntries(SAFETY_PLAN_STEP_IDS.map((id) => [id, z.array(safetyPlanItem).max(20, "At most 20 items.")])) as Record<
      (typeof SAFETY_PLAN_STEP_IDS)[number],
      z.ZodArray<typeof safetyPlanItem>
    >,
  ),
});

export type NoteBody = z.infer<typeof noteBodySchema>;
export type SafetyPlanItem = z.infer<typeof safetyPlanItem>;
