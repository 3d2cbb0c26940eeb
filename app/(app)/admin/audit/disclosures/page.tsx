import type { Metadata } from "next";
import Link from "next/link";
import { DisclosuresTable } from "@/components/clients/disclosures-table";
import { PageTitle } from "@/components/ui/card";
import { accountDisclosures } from "@/db/disclosures";
import { getPracticeSettings } from "@/db/practice";
import { pageContext } from "@/server/context";
import { orNotFound } from "@/server/not-found";

export const metadata: Metadata = { title: "Accounting of disclosures" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * A client's accounting of disclosures for the six years up to today (HIPAA §164.528), as an
 * admin prints or hands it over. The client comes by id only; viewing it is audited.
 */
export default async function DisclosureAccountingPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await pageContext({ roles: ["admin"] });
  const raw = (await searchParams).client;
  const clientId = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const accounting = await orNotFound(() => accountDisclosures(ctx, clientId));
  const timeZone = (await getPracticeSettings(ctx))?.timeZone ?? "UTC";
  return (
    <>
      <PageTitle>Accounting of disclosures</PageTitle>
      <p className="mb-2">
        <strong>{accounting.clientName}</strong>, born {accounting.dateOfBirth}
      </p>
      <p className="mb-4">{`Disclosures from ${accounting.since} to ${accounting.until} (six years, ${timeZone}).`}</p>
      <p className="mb-4 flex flex-wrap gap-4">
        <Link href={`/admin/audit?client=${encodeURIComponent(clientId)}`} className="text-brand-700 underline">
          Audit report for this client
        </Link>
        <Link href={`/admin/clients/${encodeURIComponent(clientId)}`} className="text-brand-700 underline">
          Client record
        </Link>
      </p>
      {accounting.entries.length === 0 ? (
        <p>No disclosures recorded in these six years.</p>
      ) : (
        <DisclosuresTable entries={accounting.entries} timeZone={timeZone} captionId="accounting-caption" caption="Disclosures, newest first" />
      )}
    </>
  );
}
