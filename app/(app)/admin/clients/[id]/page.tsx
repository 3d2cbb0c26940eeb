import type { Metadata } from "next";
import Link from "next/link";
import { ClientStatusControl } from "@/components/clients/client-status-control";
import { EditClientForm } from "@/components/clients/edit-client-form";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { DisclosuresSection } from "@/components/clients/disclosures-section";
import { getClient } from "@/db/clients";
import { listClientDisclosures } from "@/db/disclosures";
import { getPracticeSettings } from "@/db/practice";
import { listPayerOptions } from "@/db/payers";
import { pageContext } from "@/server/context";
import { orNotFound } from "@/server/not-found";

export const metadata: Metadata = { title: "Client record" };

export default async function AdminClientPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await pageContext({ roles: ["admin"] });
  const { id } = await params;
  const client = await orNotFound(() => getClient(ctx, id));
  const disclosures = await listClientDisclosures(ctx, client.id);
  const timeZone = (await getPracticeSettings(ctx))?.timeZone ?? "UTC";
  return (
    <>
      <PageTitle>Client record</PageTitle>
      <p className="mb-4">
        <Link href="/admin/clients" className="text-brand-700 underline">
          Back to clients and insurance
        </Link>
      </p>
      <p className="mb-4 flex flex-wrap gap-4">
        <Link href={`/admin/audit?client=${encodeURIComponent(client.id)}`} className="text-brand-700 underline">
          Audit report for this client
        </Link>
        <Link href={`/admin/audit/disclosures?client=${encodeURIComponent(client.id)}`} className="text-brand-700 underline">
          Accounting of disclosures (six years)
        </Link>
      </p>
      <div className="space-y-6">
        <Card>
          {client.active ? (
            <EditClientForm client={client} payers={await listPayerOptions(ctx)} afterSave="/admin/clients" />
          ) : (
            <Notice tone="info">This client is deactivated. Reactivate the client before changing the record.</Notice>
          )}
        </Card>
        <ClientStatusControl client={client} />
        <DisclosuresSection clientId={client.id} clientName={client.name} entries={disclosures} timeZone={timeZone} />
      </div>
    </>
  );
}
