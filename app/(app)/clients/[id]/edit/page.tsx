import type { Metadata } from "next";
import Link from "next/link";
import { EditClientForm } from "@/components/clients/edit-client-form";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { getClient } from "@/db/clients";
import { listPayerOptions } from "@/db/payers";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { pageContext } from "@/server/context";
import { orNotFound } from "@/server/not-found";

export const metadata: Metadata = { title: "Edit client" };

export default async function EditClientPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await pageContext({ roles: CLINICAL_ROLES });
  const { id } = await params;
  const client = await orNotFound(() => getClient(ctx, id));
  return (
    <>
      <PageTitle>Edit client</PageTitle>
      <p className="mb-4">
        <Link href={`/clients/${encodeURIComponent(client.id)}`} className="text-brand-700 underline">
          Back to the client
        </Link>
      </p>
      <Card>
        {client.active ? (
          <EditClientForm client={client} payers={await listPayerOptions(ctx)} afterSave={`/clients/${encodeURIComponent(client.id)}`} />
        ) : (
          <Notice tone="info">This client is deactivated. Reactivate the client on their page before changing the record.</Notice>
        )}
      </Card>
    </>
  );
}
