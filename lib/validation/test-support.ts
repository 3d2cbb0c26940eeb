import { z } from "zod";

/**
 * The message each field shows for an input: the first of its errors, as both the form and the
 * server action's field errors display it.
 */
export function fieldErrorsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const fieldErrors: Record<string, string[] | undefined> = z.flattenError(result.error).fieldErrors;
  return Object.fromEntries(Object.entries(fieldErrors).flatMap(([field, messages]) => (messages?.[0] ? [[field, messages[0]]] : [])));
}

export const TEN_THOUSAND = "x".repeat(10_000);
export const LONG_EMAIL = `${"a".repeat(290)}@practice.org`;
export const LONG_PASSWORD = "p".repeat(1_000);
