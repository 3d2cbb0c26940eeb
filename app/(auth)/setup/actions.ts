"use server";

import { completeSetup } from "@/db/practice";
import { defineAction } from "@/server/action";
import { setupSchema } from "@/lib/validation/setup";

export const setupPracticeAction = defineAction({ schema: setupSchema, access: "public" }, (input, ctx) =>
  completeSetup(ctx, input),
);
