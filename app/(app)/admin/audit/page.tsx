import type { Metadata } from "next";
import Link from "next/link";
import { PageTitle } from "@/components/ui/card";
import { AuditCheckpointDownload } from "@/components/admin/audit-checkpoint-download";
import { VerifyAuditChain } from "@/components/admin/verify-audit-chain";
import { listAuditEvents } from "@/db/audit-log";
import { getPracticeSettings } from "@/db/practice";
import { pageContext } from "@/server/context";
import { formatInstant } from "@/lib/time/format";

export const metadata: Metadata = { title: "Audit log" };

/** A position in the chain from the URL; anything else means "from the newest". */
const position = (value: string | undefined): number | undefined => {
  const n = Number(value);
  return value !== undefined && Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ before?: string; after?: string }> }) {
  const ctx = await pageContext({ roles: ["admin"] });
  const params = await searchParams;
  const { rows, hasNewer, hasOlder } = await listAuditEvents(ctx, { before: position(params.before), after: position(params.after) });
  const timeZone = (await getPracticeSettings(ctx))?.timeZone ?? "UTC";
  return (
    <>
      <PageTitle>Audit log</PageTitle>
      <VerifyAuditChain />
      <AuditCheckpointDownload />
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Audit events, newest first</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">#</th>
              <th scope="col" className="px-3 py-2">When ({timeZone})</th>
              <th scope="col" className="px-3 py-2">Who</th>
              <th scope="col" className="px-3 py-2">Action</th>
              <th scope="col" className="px-3 py-2">Entity</th>
              <th scope="col" className="px-3 py-2">Outcome</th>
              <th scope="col" className="px-3 py-2">IP</th>
              <th scope="col" className="px-3 py-2">Detail</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.seq} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2">{row.seq}</td>
                <td className="px-3 py-2 whitespace-nowrap">{formatInstant(row.at, timeZone)}</td>
                <td className="px-3 py-2">{row.actorName ?? "—"}</td>
                <td className="px-3 py-2 font-mono">{row.action}</td>
                <td className="px-3 py-2">
                  {row.entityType}
                  {row.entityId ? <span className="block font-mono text-xs text-slate-700">{row.entityId}</span> : null}
                </td>
                <td className="px-3 py-2">{row.outcome}</td>
                <td className="px-3 py-2">{row.ip ?? "—"}</td>
                <td className="px-3 py-2 font-mono text-xs">{row.detail === "{}" ? "" : row.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Audit log pages" className="mt-4 flex items-center gap-4">
        {hasNewer && rows[0] ? <Link href={`/admin/audit?after=${rows[0].seq}`} className="text-brand-700 underline">Newer</Link> : null}
        <span>{rows.length > 0 ? `Entries ${rows.at(-1)?.seq ?? ""}–${rows[0]?.seq ?? ""}` : "No entries"}</span>
        {hasOlder && rows.at(-1) ? <Link href={`/admin/audit?before=${rows.at(-1)?.seq ?? ""}`} className="text-brand-700 underline">Older</Link> : null}
      </nav>
    </>
  );
}
