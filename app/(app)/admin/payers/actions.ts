"use server";

import { revalidatePath } from "next/cache";
import { createPayer, setPayerActive, updatePayer } from "@/db/payers";
import { createPayerSchema, setPayerActiveSchema, updatePayerSchema } from "@/lib/validation/payer";
import { defineAction } from "@/server/action";

export const createPayerAction = defineAction({ schema: createPayerSchema }, async (input, ctx) => {
  const created = await createPayer(ctx, input);
  revalidatePath("/admin/payers");
  return created;
});

export const updatePayerAction = defineAction({ schema: updatePayerSchema }, async (input, ctx) => {
  await updatePayer(ctx, input);
  revalidatePath("/admin/payers");
  return null;
});

export const setPayerActiveAction = defineAction({ schema: setPayerActiveSchema }, async (input, ctx) => {
  await setPayerActive(ctx, input);
  revalidatePath("/admin/payers");
  return null;
});
