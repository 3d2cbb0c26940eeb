import type { Metadata } from "next";
import Link from "next/link";
import { ClientRecord } from "@/components/clients/client-record";
import { ClientStatusControl } from "@/components/clients/client-status-control";
import { SessionTable } from "@/components/session/session-table";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DisclosuresSection } from "@/components/clients/disclosures-section";
import { getClient } from "@/db/clients";
import { listClientDisclosures } from "@/db/disclosures";
import { requestPracticeSettings } from "@/server/practice-settings";
import { listMySessions } from "@/db/sessions";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { pageContext } from "@/server/context";
import { orNotFound } from "@/server/not-found";

// No client name in the title: titles end up in browser history and tab lists.
export const metadata: Metadata = { title: "Client" };

export default async function ClientPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await pageContext({ roles: CLINICAL_ROLES });
  const { id } = await params;
  const client = await orNotFound(() => getClient(ctx, id));
  // The first page only: a client rarely has more than 25 crisis notes; the rest are on /sessions.
  const { items, total } = await listMySessions(ctx, { clientId: client.id });
  const disclosures = await listClientDisclosures(ctx, client.id);
  const timeZone = (await requestPracticeSettings())?.timeZone ?? "UTC";
  return (
    <div className="space-y-6">
      <Card aria-labelledby="client-heading">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <h1 id="client-heading" className="text-2xl font-bold">
            {client.name}
          </h1>
          <div className="flex flex-wrap gap-3">
            {client.active ? (
              <Button asChild>
                <Link href={`/sessions/new?clientId=${encodeURIComponent(client.id)}`}>Start crisis session</Link>
              </Button>
            ) : null}
            <Button asChild variant="secondary">
              <Link href={`/clients/${encodeURIComponent(client.id)}/edit`}>Edit client</Link>
            </Button>
          </div>
        </div>
        <ClientRecord client={client} />
        <div className="mt-4">
          <ClientStatusControl client={client} />
        </div>
      </Card>
      <section aria-labelledby="client-sessions-heading" className="space-y-3">
        <h2 id="client-sessions-heading" className="text-lg font-semibold">
          Crisis sessions
        </h2>
        {items.length === 0 ? (
          <p>No crisis sessions with this client yet.</p>
        ) : (
          <SessionTable sessions={items} caption={`Crisis sessions with ${client.name}`} showClient={false} />
        )}
        {total > items.length ? (
          <Link href={`/sessions?clientId=${encodeURIComponent(client.id)}`} className="text-brand-700 underline">
            All {total} sessions with this client
          </Link>
        ) : null}
      </section>
      <DisclosuresSection clientId={client.id} clientName={client.name} entries={disclosures} timeZone={timeZone} />
    </div>
  );
}
