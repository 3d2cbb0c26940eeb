"use server";

import { changeOwnPassword } from "@/db/users";
import { defineAction } from "@/server/action";
import { changePasswordSchema } from "@/lib/validation/auth";

export const changePasswordAction = defineAction(
  { schema: changePasswordSchema, access: "signed-in-pending-password" },
  (input, ctx) => changeOwnPassword(ctx, input),
);
