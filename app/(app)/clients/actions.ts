"use server";

import { revalidatePath } from "next/cache";
import { createClient, listMyClients, setClientActive, updateClient } from "@/db/clients";
import { recordDisclosure } from "@/db/disclosures";
import { defineAction } from "@/server/action";
import { recordDisclosureSchema } from "@/lib/validation/disclosure";
import { clientSearchSchema, createClientSchema, setClientActiveSchema, updateClientSchema } from "@/lib/validation/client";

export const createClientAction = defineAction({ schema: createClientSchema }, async (input, ctx) => {
  const client = await createClient(ctx, input);
  revalidatePath("/clients");
  return client;
});

export const searchClientsAction = defineAction({ schema: clientSearchSchema }, (input, ctx) => listMyClients(ctx, input.query));

export const updateClientAction = defineAction({ schema: updateClientSchema }, async (input, ctx) => {
  await updateClient(ctx, input);
  revalidatePath(`/clients/${input.clientId}`);
  return null;
});

export const setClientActiveAction = defineAction({ schema: setClientActiveSchema }, async (input, ctx) => {
  await setClientActive(ctx, input);
  revalidatePath(`/clients/${input.clientId}`);
  return null;
});

export const recordDisclosureAction = defineAction({ schema: recordDisclosureSchema }, async (input, ctx) => {
  const recorded = await recordDisclosure(ctx, input);
  revalidatePath(`/clients/${input.clientId}`);
  return recorded;
});
