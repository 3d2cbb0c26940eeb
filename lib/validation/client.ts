import { z } from "zod";
import { optionalText, personNameField } from "./common";

const dateOfBirthField = z
  .string({ error: "Enter the date of birth." })
  .min(1, "Enter the date of birth.")
  .pipe(z.iso.date("Enter a valid date."))
  .refine((value) => value >= "1900-01-01", "Check the year of birth.")
  // Compared as local calendar dates: a birth date is never in the future.
  .refine((value) => value <= new Date().toISOString().slice(0, 10), "The date of birth cannot be in the future.");

export const createClientSchema = z.object({
  name: personNameField,
  dateOfBirth: dateOfBirthField,
  externalId: optionalText(64, "The external id"),
});
export type CreateClientInput = z.input<typeof createClientSchema>;

export const clientSearchSchema = z.object({ query: z.string().trim().max(120).default("") });
