import type { Metadata } from "next";
import Link from "next/link";
import { AuditCheckpointDownload } from "@/components/admin/audit-checkpoint-download";
import { AuditReportFilters } from "@/components/admin/audit-report-filters";
import { AuditReportTable } from "@/components/admin/audit-report-table";
import { VerifyAuditChain } from "@/components/admin/verify-audit-chain";
import { PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { listAuditEvents } from "@/db/audit-log";
import { getPracticeSettings } from "@/db/practice";
import { listUsers } from "@/db/users";
import { MAX_SORTABLE_ROWS, auditReportQuerySchema, auditReportSearch, hasFilters } from "@/lib/audit/report-query";
import { pageContext } from "@/server/context";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function AuditReportPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await pageContext({ roles: ["admin"] });
  const params = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, first(value)]));
  const parsed = auditReportQuerySchema.safeParse(params);
  const query = parsed.success ? parsed.data : auditReportQuerySchema.parse({});
  const problem = parsed.success ? null : (parsed.error.issues[0]?.message ?? "Check the filters.");
  const [report, settings, users] = [await listAuditEvents(ctx, query), await getPracticeSettings(ctx), await listUsers(ctx)];
  const timeZone = settings?.timeZone ?? "UTC";
  const { rows, hasNewer, hasOlder, pages } = report;
  const shown = { ...query, sort: report.sort };
  const filters = { from: query.from, to: query.to, user: query.user, client: query.client, action: query.action, outcome: query.outcome };
  const exportHref = `/api/admin/audit/export${auditReportSearch({ ...filters, sort: report.sort, dir: report.sortRefused ? "desc" : query.dir })}`;
  const newestFirst = (shown.dir ?? "desc") === "desc";
  const pageLink = (change: Partial<typeof query>) => `/admin/audit${auditReportSearch({ ...shown, before: undefined, after: undefined, page: undefined, ...change })}`;
  return (
    <>
      <PageTitle>Audit log</PageTitle>
      <VerifyAuditChain />
      <AuditCheckpointDownload />
      <AuditReportFilters query={query} users={users} clientName={report.clientName} timeZone={timeZone} />
      {problem ? <Notice tone="error" className="mb-4">{problem}</Notice> : null}
      {report.sortRefused ? (
        <Notice tone="info" className="mb-4">
          {`Sorting by a column other than time works on up to ${MAX_SORTABLE_ROWS.toLocaleString("en-US")} entries. These filters match more, so the report is in time order: narrow the dates, user, action or client to sort by another column.`}
        </Notice>
      ) : null}
      <div className="mb-4 flex flex-wrap items-center gap-4">
        <a href={exportHref} download className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">
          Download CSV
        </a>
        <span className="text-sm text-slate-700">{hasFilters(filters) ? "The file holds every entry that matches these filters, in this order." : "The file holds the whole log, in this order."}</span>
        {query.client ? (
          <Link href={`/admin/audit/disclosures?client=${encodeURIComponent(query.client)}`} className="text-brand-700 underline">
            Accounting of disclosures for this client (six years)
          </Link>
        ) : null}
      </div>
      {rows.length === 0 ? <p className="mb-4">No entries match these filters.</p> : <AuditReportTable rows={rows} query={shown} sort={report.sort} timeZone={timeZone} />}
      <nav aria-label="Audit report pages" className="mt-4 flex items-center gap-4">
        {pages ? (
          <>
            {pages.page > 1 ? <Link href={pageLink({ page: pages.page - 1 })} className="text-brand-700 underline">Previous page</Link> : null}
            <span>{`Page ${pages.page} of ${pages.count} (${pages.total.toLocaleString("en-US")} entries)`}</span>
            {pages.page < pages.count ? <Link href={pageLink({ page: pages.page + 1 })} className="text-brand-700 underline">Next page</Link> : null}
          </>
        ) : (
          <>
            {(newestFirst ? hasNewer : hasOlder) && rows[0] ? (
              <Link href={pageLink(newestFirst ? { after: rows[0].seq } : { before: rows[0].seq })} className="text-brand-700 underline">
                {newestFirst ? "Newer" : "Older"}
              </Link>
            ) : null}
            <span>{rows.length > 0 ? `Entries ${Math.min(...rows.map((row) => row.seq))}–${Math.max(...rows.map((row) => row.seq))}` : "No entries"}</span>
            {(newestFirst ? hasOlder : hasNewer) && rows.at(-1) ? (
              <Link href={pageLink(newestFirst ? { before: rows.at(-1)?.seq } : { after: rows.at(-1)?.seq })} className="text-brand-700 underline">
                {newestFirst ? "Older" : "Newer"}
              </Link>
            ) : null}
          </>
        )}
      </nav>
    </>
  );
}
