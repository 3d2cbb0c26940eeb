"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createUser, resetPassword, setUserActive, updateUser } from "@/db/users";
import { defineAction } from "@/server/action";
import { createUserSchema, updateUserSchema, userIdSchema } from "@/lib/validation/users";

export const createUserAction = defineAction({ schema: createUserSchema }, async (input, ctx) => {
  const created = await createUser(ctx, input);
  revalidatePath("/admin/users");
  return created;
});

export const updateUserAction = defineAction({ schema: updateUserSchema }, async (input, ctx) => {
  await updateUser(ctx, input);
  revalidatePath("/admin/users");
  return null;
});

const setActiveSchema = userIdSchema.extend({ active: z.boolean() });

export const setUserActiveAction = defineAction({ schema: setActiveSchema }, async (input, ctx) => {
  await setUserActive(ctx, input);
  revalidatePath("/admin/users");
  return null;
});

export const resetPasswordAction = defineAction({ schema: userIdSchema }, (input, ctx) => resetPassword(ctx, input.userId));
