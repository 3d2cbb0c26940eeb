import { z } from "@/lib/validation/zod";
import { SAFETY_PLAN_STEP_IDS } from "./ids";

export { CRISIS_CHECKLIST_IDS, type CrisisChecklistId, SAFETY_PLAN_STEP_IDS, type SafetyPlanStepId, isCrisisChecklistId } from "./ids";

// Every string shown to a clinician must say something: no empty or whitespace-padded text.
const text = z
  .string()
  .regex(/^\S(?:[\s\S]*\S)?$/, "must be non-empty text without leading or trailing whitespace");
const textList = z.array(text).min(1);
// A CPT code (five digits) or a HCPCS Level II code (a capital letter and four digits, e.g. G0017).
const procedureCode = z
  .string()
  .regex(/^(?:\d{5}|[A-Z]\d{4})$/, "must be a five-digit CPT code or a HCPCS Level II code such as G0017");

export const GUIDANCE_CATEGORIES = [
  "crisis",
  "psychotherapy",
  "add-on",
  "evaluation",
  "family",
  "group",
] as const;
export type GuidanceCategory = (typeof GUIDANCE_CATEGORIES)[number];

/** Minutes of face-to-face time that make a time-based code reportable (CPT midpoint rule). */
const timeRangeSchema = z
  .strictObject({
    minMinutes: z.number().int().positive(),
    /** null = open-ended (e.g. 90837 is 53 minutes or more). */
    maxMinutes: z.number().int().positive().nullable(),
    note: text,
  })
  .refine((r) => r.maxMinutes === null || r.maxMinutes >= r.minMinutes, {
    message: "maxMinutes must not be below minMinutes",
    path: ["maxMinutes"],
  });
export type TimeRange = z.infer<typeof timeRangeSchema>;


const safetyPlanStepSchema = z.strictObject({
  step: z.number().int().min(1).max(7),
  id: z.enum(SAFETY_PLAN_STEP_IDS),
  title: text,
  /** Question put to the client, in plain words. */
  prompt: text,
  /** How the clinician gets a useful answer. */
  clinicianTip: text,
  /** Editable pre-filled items; [brackets] mark what to personalise. */
  examples: textList,
});
export type SafetyPlanStep = z.infer<typeof safetyPlanStepSchema>;

// Stanley–Brown: six steps plus reasons for living, always in this order (BILLING-RULES §5).
const safetyPlanTemplateSchema = z
  .strictObject({
    title: text,
    principles: textList,
    steps: z.array(safetyPlanStepSchema).length(7),
  })
  .refine((t) => t.steps.every((s, i) => s.step === i + 1 && s.id === SAFETY_PLAN_STEP_IDS[i]), {
    message: "steps must be numbered 1–7 in Stanley–Brown order",
    path: ["steps"],
  });
export type SafetyPlanTemplate = z.infer<typeof safetyPlanTemplateSchema>;


const checklistItemSchema = z.strictObject({
  /** Stable id: the note form and sign checks refer to items by it. Never rename. */
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, "must be kebab-case"),
  label: text,
  why: text,
  /** Present when the item is conditional, e.g. the safety plan for moderate/high risk. */
  requiredWhen: text.optional(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const guidanceEntrySchema = z
  .strictObject({
    code: procedureCode,
    name: text,
    category: z.enum(GUIDANCE_CATEGORIES),
    summary: text,
    purpose: text,
    indications: textList,
    preparation: textList,
    procedureSteps: textList,
    toolsAndEquipment: textList,
    anesthesia: text,
    duration: text,
    /** Required for time-based codes, absent for untimed ones (90785, 90791, 90792, 90853). */
    timeRange: timeRangeSchema.optional(),
    setting: text,
    personnel: textList,
    risks: textList,
    benefits: textList,
    recovery: text,
    alternatives: textList,
    patientExperience: text,
    payerNotes: textList,
    similarCodes: z.array(procedureCode).min(1),
    safetyPlanTemplate: safetyPlanTemplateSchema.optional(),
    documentationChecklist: z.array(checklistItemSchema).min(1).optional(),
  })
  .superRefine((entry, ctx) => {
    const isCrisis = entry.category === "crisis";
    for (const key of ["safetyPlanTemplate", "documentationChecklist"] as const) {
      if (isCrisis !== (entry[key] !== undefined)) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: isCrisis ? "required for crisis codes" : "only crisis codes carry it",
        });
      }
    }
    if (entry.similarCodes.includes(entry.code)) {
      ctx.addIssue({ code: "custom", path: ["similarCodes"], message: "must not list itself" });
    }
    if (new Set(entry.similarCodes).size !== entry.similarCodes.length) {
      ctx.addIssue({ code: "custom", path: ["similarCodes"], message: "must not repeat a code" });
    }
    const ids = entry.documentationChecklist?.map((item) => item.id) ?? [];
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: "custom", path: ["documentationChecklist"], message: "ids must be unique" });
    }
  });
export type GuidanceEntry = z.infer<typeof guidanceEntrySchema>;
