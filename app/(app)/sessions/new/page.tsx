import type { Metadata } from "next";
import { StartSessionFlow } from "@/components/session/start-session-flow";
import { Card, PageTitle } from "@/components/ui/card";
import { getClient, listMyClients } from "@/db/clients";
import { getPracticeSettings } from "@/db/practice";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { pageContext } from "@/server/context";
import { orNotFound } from "@/server/not-found";

export const metadata: Metadata = { title: "Start a crisis session" };

export default async function NewSessionPage({ searchParams }: { searchParams: Promise<{ clientId?: string | string[] }> }) {
  const ctx = await pageContext({ roles: CLINICAL_ROLES });
  const { clientId } = await searchParams;
  // A foreign or unknown client in the link is a 404, like the client's own page.
  const preselected = typeof clientId === "string" && clientId !== "" ? await orNotFound(() => getClient(ctx, clientId)) : null;
  const clients = await listMyClients(ctx);
  return (
    <Card className="max-w-3xl">
      <PageTitle>Start a crisis session</PageTitle>
      <StartSessionFlow clients={clients} preselected={preselected} defaultPlaceOfService={(await getPracticeSettings(ctx))?.defaultPlaceOfService ?? "11"} />
    </Card>
  );
}
