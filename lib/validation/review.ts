import { z } from "./zod";
import { idField } from "./session";
import { stripHiddenCharacters } from "./text";

/**
 * A supervisor's decision on a note. The comment is required to return a note or comment on it
 * (the clinician must learn what to change); optional with an approval.
 */
export const reviewDecisionSchema = z
  .object({
    sessionId: idField,
    version: z.number().int().positive(),
    decision: z.enum(["approve", "return", "comment"], { error: "Choose approve, return or comment." }),
    comment: z.string().overwrite(stripHiddenCharacters).trim().max(4000, "At most 4000 characters.").default(""),
  })
  .refine((value) => value.decision === "approve" || value.comment !== "", {
    path: ["comment"],
    message: "Write a comment for the clinician: what should change, or what you noticed.",
  });

/** The queue's filter, from the URL: a bad value is dropped (the filter is off), never an error page. */
export const reviewQueueQuerySchema = z.object({
  superviseeId: z.string().min(1).max(64).optional().catch(undefined),
});
