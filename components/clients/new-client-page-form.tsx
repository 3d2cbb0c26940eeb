"use client";

import { useRouter } from "next/navigation";
import { CreateClientForm } from "./create-client-form";

/** The new-client page opens the client it just made. */
export function NewClientPageForm() {
  const router = useRouter();
  return <CreateClientForm onCreated={(client) => router.push(`/clients/${client.id}`)} />;
}
