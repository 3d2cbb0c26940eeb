import type { Metadata } from "next";
import Link from "next/link";
import { ClientSearch } from "@/components/clients/client-search";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/card";
import { listMyClients } from "@/db/clients";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { pageContext } from "@/server/context";

export const metadata: Metadata = { title: "Clients" };

export default async function ClientsPage() {
  const ctx = await pageContext({ roles: CLINICAL_ROLES });
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <PageTitle>Clients</PageTitle>
        <Button asChild>
          <Link href="/clients/new">Add client</Link>
        </Button>
      </div>
      <ClientSearch initialClients={await listMyClients(ctx)} />
    </>
  );
}
