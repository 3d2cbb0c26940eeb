import { z } from "./zod";
import { emailField, newPasswordField, personNameField, timeZoneField } from "./common";

export const practiceNameField = z
  .string({ error: "Enter the practice name." })
  .trim()
  .min(1, "Enter the practice name.")
  .max(120, "The practice name is at most 120 characters.");

export const setupSchema = z
  .object({
    practiceName: practiceNameField,
    timeZone: timeZoneField,
    adminName: personNameField,
    adminEmail: emailField,
    password: newPasswordField,
    confirmPassword: z.string({ error: "Repeat the password." }).min(1, "Repeat the password."),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords do not match.",
  });
