import type { Metadata } from "next";
import Link from "next/link";
import { PageTitle } from "@/components/ui/card";
import { accountDisclosures } from "@/db/disclosures";
import { getPracticeSettings } from "@/db/practice";
import { formatInstant } from "@/lib/time/format";
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
        <div role="region" aria-labelledby="accounting-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
          <table className="w-full text-left text-sm">
            <caption id="accounting-caption" className="p-2 text-left font-semibold">
              Disclosures, newest first
            </caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">Date</th>
                <th scope="col" className="px-3 py-2">Recipient</th>
                <th scope="col" className="px-3 py-2">What was disclosed</th>
                <th scope="col" className="px-3 py-2">Purpose</th>
                <th scope="col" className="px-3 py-2">Recorded by</th>
                <th scope="col" className="px-3 py-2">Recorded at</th>
              </tr>
            </thead>
            <tbody>
              {accounting.entries.map((entry) => (
                <tr key={entry.id} className="border-t border-slate-200 align-top">
                  <td className="px-3 py-2 whitespace-nowrap">{entry.disclosedOn}</td>
                  <td className="px-3 py-2 whitespace-pre-wrap">{entry.recipient}</td>
                  <td className="px-3 py-2 whitespace-pre-wrap">
                    {entry.description}
                    {entry.correctsId ? <span className="block text-xs text-slate-700">A correction of an earlier entry</span> : null}
                  </td>
                  <td className="px-3 py-2 whitespace-pre-wrap">{entry.purpose}</td>
                  <td className="px-3 py-2">{entry.recordedByName}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatInstant(entry.recordedAt, timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
