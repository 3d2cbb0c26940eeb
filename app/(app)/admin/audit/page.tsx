import type { Metadata } from "next";
import Link from "next/link";
import { PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { AUDIT_PAGE_SIZE, checkAuditChain, listAuditEvents } from "@/db/audit-log";
import { getPracticeSettings } from "@/db/practice";
import { pageContext } from "@/server/context";
import { formatInstant } from "@/lib/time/format";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const ctx = await pageContext({ roles: ["admin"] });
  const requested = Number((await searchParams).page ?? "1");
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const { rows, total } = await listAuditEvents(ctx, page);
  const verdict = await checkAuditChain(ctx);
  const timeZone = (await getPracticeSettings(ctx))?.timeZone ?? "UTC";
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <>
      <PageTitle>Audit log</PageTitle>
      {verdict.ok ? (
        <Notice tone="success" className="mb-6">
          Integrity check passed: all {verdict.rows} entries are intact and in order.
        </Notice>
      ) : (
        <Notice tone="error" className="mb-6">
          Integrity check failed at entry {verdict.seq}: {verdict.problem}.
        </Notice>
      )}
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
        {page > 1 ? <Link href={`/admin/audit?page=${page - 1}`} className="text-brand-700 underline">Newer</Link> : null}
        <span>
          Page {page} of {pages}
        </span>
        {page < pages ? <Link href={`/admin/audit?page=${page + 1}`} className="text-brand-700 underline">Older</Link> : null}
      </nav>
    </>
  );
}
