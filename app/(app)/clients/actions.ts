"use server";

import { revalidatePath } from "next/cache";
import { createClient, listMyClients } from "@/db/clients";
import { defineAction } from "@/server/action";
import { clientSearchSchema, createClientSchema } from "@/lib/validation/client";

export const createClientAction = defineAction({ schema: createClientSchema }, async (input, ctx) => {
  const client = await createClient(ctx, input);
  revalidatePath("/clients");
  return client;
});

export const searchClientsAction = defineAction({ schema: clientSearchSchema }, (input, ctx) => listMyClients(ctx, input.query));
