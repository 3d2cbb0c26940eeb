"use server";

import { revalidatePath } from "next/cache";
import { updatePracticeSettings } from "@/db/practice";
import { defineAction } from "@/server/action";
import { practiceSettingsSchema } from "@/lib/validation/practice";

export const updatePracticeSettingsAction = defineAction({ schema: practiceSettingsSchema }, async (input, ctx) => {
  const settings = await updatePracticeSettings(ctx, input);
  revalidatePath("/", "layout");
  return settings;
});
