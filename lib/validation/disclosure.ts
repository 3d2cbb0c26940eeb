import { z } from "./zod";
import { stripHiddenCharacters } from "./text";

/*
 * One entry in a client's accounting of disclosures (HIPAA §164.528(b)(2)): the date, who
 * received the information, a brief description of what was disclosed and a brief statement of
 * the purpose. Shared by the form and the server action.
 */

const requiredText = (max: number, empty: string, label: string) =>
  z
    .string({ error: empty })
    .overwrite(stripHiddenCharacters)
    .trim()
    .min(1, empty)
    .max(max, `${label} is at most ${max} characters.`);

/** A day, compared as a calendar date; the server also refuses a date after today in the practice's zone. */
const disclosedOnField = z
  .string({ error: "Enter the date of the disclosure." })
  .min(1, "Enter the date of the disclosure.")
  .pipe(z.iso.date("Enter a valid date."))
  .refine((value) => value >= "1900-01-01", "Check the year.");

export const recordDisclosureSchema = z.object({
  clientId: z.string().min(1, "Missing client.").max(64, "Invalid client."),
  disclosedOn: disclosedOnField,
  recipient: requiredText(200, "Enter who received the information.", "The recipient"),
  description: requiredText(2000, "Describe what was disclosed.", "What was disclosed"),
  purpose: requiredText(500, "Enter the purpose of the disclosure.", "The purpose"),
  /** An earlier entry of the same client this one corrects (entries are never changed). */
  correctsId: z
    .string()
    .max(64, "Invalid entry.")
    .optional()
    .transform((value) => (value ? value : null)),
});

export type RecordDisclosureInput = z.input<typeof recordDisclosureSchema>;

/** HIPAA §164.528(a): an individual may ask for the disclosures of the six years before the request. */
export const ACCOUNTING_YEARS = 6;
