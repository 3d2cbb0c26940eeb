import { z } from "./zod";
import { MIDNIGHT_POLICIES, RULE_SETS } from "@/lib/billing/payer";
import { SUPERVISED_NPI_POLICIES } from "@/lib/billing/supervised-npi";
import { optionalText } from "./common";

const modifier = (label: string) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z0-9]{2})?$/, `${label}: two letters or digits (e.g. 95), or empty for none.`);

/** "03, 12,27" → "03,12,27": two-digit CMS place-of-service codes, each once. */
const siteList = z
  .string()
  .trim()
  .max(200, "At most 200 characters.")
  .transform((value) => [...new Set(value.split(/[\s,]+/).filter(Boolean))])
  .refine((codes) => codes.every((code) => /^\d{2}$/.test(code)), "Places of service are two-digit codes separated by commas, e.g. 12, 27.")
  .transform((codes) => codes.join(","));

export const payerFields = {
  name: z.string().trim().min(1, "Name the payer.").max(120, "At most 120 characters."),
  ruleSet: z.enum(RULE_SETS, { error: "Choose a rule set." }),
  videoModifier: modifier("Video modifier"),
  audioOnlyModifier: modifier("Audio-only modifier"),
  nonOfficeCrisisSites: siteList,
  midnight: z.enum(MIDNIGHT_POLICIES, { error: "Choose how a contact across midnight is billed." }),
  claimsPayerId: optionalText(40, "The payer id for claims"),
  supervisedNpi: z.enum(SUPERVISED_NPI_POLICIES, { error: "Choose whose NPI supervised lines go out under." }),
};

export const createPayerSchema = z.object(payerFields);
export type CreatePayerInput = z.input<typeof createPayerSchema>;

export const updatePayerSchema = z.object({ ...payerFields, payerId: z.string().min(1).max(64) });

export const setPayerActiveSchema = z.object({ payerId: z.string().min(1).max(64), active: z.boolean() });
