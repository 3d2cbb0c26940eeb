import { z } from "./zod";
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

const phoneField = (label: string) =>
  z
    .string()
    .trim()
    .max(30, `${label}: at most 30 characters.`)
    .regex(/^[\d\s()+.\-x]*$/i, `${label}: digits, spaces and + ( ) - . only.`)
    .optional()
    .transform((value) => (value ? value : null));

/**
 * Everything a client's record holds besides the clinical notes: who they are, how to reach
 * them and their emergency contact, and who pays (BILLING-RULES §8).
 */
export const clientDetailsFields = {
  name: personNameField,
  dateOfBirth: dateOfBirthField,
  externalId: optionalText(64, "The external id"),
  pronouns: optionalText(40, "Pronouns"),
  phone: phoneField("Phone"),
  address: optionalText(300, "The address"),
  emergencyContactName: optionalText(120, "The emergency contact's name"),
  emergencyContactRelation: optionalText(60, "The relation"),
  emergencyContactPhone: phoneField("Emergency contact phone"),
  payerId: z
    .string()
    .trim()
    .max(64, "Choose a payer from the list.")
    .optional()
    .transform((value) => (value ? value : null)),
  memberId: optionalText(40, "The member id"),
  groupNumber: optionalText(40, "The group number"),
};

export const updateClientSchema = z
  .object({ clientId: z.string().min(1).max(64), ...clientDetailsFields })
  .refine((value) => value.payerId !== null || (value.memberId === null && value.groupNumber === null), {
    path: ["payerId"],
    message: "Choose the payer the member id and group number belong to.",
  });

export const setClientActiveSchema = z.object({ clientId: z.string().min(1).max(64), active: z.boolean() });
