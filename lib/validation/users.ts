import { z } from "./zod";
import { ROLES } from "@/lib/auth/roles";
import { REVIEW_MODES } from "@/lib/notes/status";
import { emailField, optionalText, personNameField } from "./common";
import { isValidNpi } from "./npi";

const roleField = z.enum(ROLES, { error: "Choose a role." });

const npiField = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isValidNpi(value), "An NPI is 10 digits with a valid check digit.");

const supervisorField = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((value) => (value ? value : null));

const userFields = {
  name: personNameField,
  role: roleField,
  credentials: optionalText(40, "Credentials"),
  npi: npiField,
  supervisorId: supervisorField,
  reviewMode: z.enum(REVIEW_MODES, { error: "Choose how the supervisor reviews." }).default("cosign_required"),
};

/** Only therapists work under a supervisor whose co-signature their notes need. */
const supervisorOnlyForTherapists = <T extends { role: string; supervisorId: string | null }>(value: T) =>
  value.role === "therapist" || value.supervisorId === null;
const supervisorRule = {
  path: ["supervisorId"],
  message: "Only therapists have a supervisor.",
};

export const createUserSchema = z.object({ ...userFields, email: emailField }).refine(supervisorOnlyForTherapists, supervisorRule);
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({ ...userFields, userId: z.string().min(1).max(64) })
  .refine(supervisorOnlyForTherapists, supervisorRule);
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const userIdSchema = z.object({ userId: z.string().min(1, "No user chosen.").max(64) });
