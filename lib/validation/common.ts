import { z } from "./zod";
import { stripHiddenCharacters } from "./text";

/** argon2 work grows with input: cap it so a huge password cannot tie up the server. */
export const PASSWORD_MAX = 256;
export const PASSWORD_MIN = 12;

export const emailField = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(254, "Email addresses are at most 254 characters.")
  .pipe(z.email("Enter a valid email address, like name@practice.org."));

export const personNameField = z
  .string({ error: "Enter a name." })
  .overwrite(stripHiddenCharacters)
  .trim()
  .min(1, "Enter a name.")
  .max(120, "Names are at most 120 characters.");

export const newPasswordField = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

/** Optional free text from a form: empty means "not given" and is stored as null. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .overwrite(stripHiddenCharacters)
    .trim()
    .max(max, `${label} is at most ${max} characters.`)
    .optional()
    .transform((value) => (value ? value : null));

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneField = z
  .string({ error: "Choose a time zone." })
  .min(1, "Choose a time zone.")
  .max(64)
  .refine(isValidTimeZone, "Choose a time zone from the list.");

export function timeZoneOptions(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : [...zones, "UTC"];
}
