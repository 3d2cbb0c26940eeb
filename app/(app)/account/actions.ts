"use server";

import { revalidatePath } from "next/cache";
import { endMyOtherSignIns, endMySignIn } from "@/db/sign-ins";
import { acknowledgeResetNotice } from "@/db/users";
import { defineAction } from "@/server/action";
import { endSignInSchema, noInputSchema } from "@/lib/validation/account";

export const endSignInAction = defineAction({ schema: endSignInSchema }, async (input, ctx) => {
  await endMySignIn(ctx, input.signInId);
  revalidatePath("/account");
  return null;
});

export const endOtherSignInsAction = defineAction({ schema: noInputSchema }, async (_input, ctx) => {
  const result = await endMyOtherSignIns(ctx);
  revalidatePath("/account");
  return result;
});

export const acknowledgeResetNoticeAction = defineAction({ schema: noInputSchema }, async (_input, ctx) => {
  await acknowledgeResetNotice(ctx);
  return null;
});
