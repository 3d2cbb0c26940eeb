"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/db/clients";
import { defineAction } from "@/lib/server/action";
import { createClientSchema } from "@/lib/validation/client";

export const createClientAction = defineAction({ schema: createClientSchema }, (input, ctx) => {
  const client = createClient(ctx, input);
  revalidatePath("/clients");
  return client;
});
