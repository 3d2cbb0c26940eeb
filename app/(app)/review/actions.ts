"use server";

import { revalidatePath } from "next/cache";
import { reviewNote } from "@/db/reviews";
import { reviewDecisionSchema } from "@/lib/validation/review";
import { defineAction } from "@/server/action";

/** Approve (co-sign), return with a comment, or comment: the data layer checks who may. */
export const reviewNoteAction = defineAction({ schema: reviewDecisionSchema }, async (input, ctx) => {
  const outcome = await reviewNote(ctx, input);
  revalidatePath("/review");
  return outcome;
});
