import Link from "next/link";
import type { AuditLogRow } from "@/db/audit-log";
import { describeAuditDetail } from "@/lib/audit/detail";
import { auditActionLabel, auditEntityLabel, auditOutcomeLabel } from "@/lib/audit/labels";
import { type AuditReportQuery, type AuditSort, auditReportSearch } from "@/lib/audit/report-query";
import { formatInstant } from "@/lib/time/format";

type Props = { rows: AuditLogRow[]; query: Partial<AuditReportQuery>; sort: AuditSort; timeZone: string };

const COLUMNS: { sort: AuditSort; label: string }[] = [
  { sort: "time", label: "When" },
  { sort: "user", label: "User" },
  { sort: "action", label: "Action" },
  { sort: "subject", label: "About" },
  { sort: "outcome", label: "Outcome" },
  { sort: "ip", label: "IP address" },
];

/** A column heading that sorts by it: a second click turns the order round. */
function SortHeader({ column, query, sort, timeZone }: { column: (typeof COLUMNS)[number]; query: Partial<AuditReportQuery>; sort: AuditSort; timeZone: string }) {
  const isActive = sort === column.sort;
  const dir = query.dir ?? "desc";
  const nextDir = isActive ? (dir === "desc" ? "asc" : "desc") : column.sort === "time" ? "desc" : "asc";
  const href = `/admin/audit${auditReportSearch({ ...query, sort: column.sort, dir: nextDir, before: undefined, after: undefined, page: undefined })}`;
  const title = column.sort === "time" ? `${column.label} (${timeZone})` : column.label;
  return (
    <th scope="col" className="px-3 py-2" aria-sort={isActive ? (dir === "asc" ? "ascending" : "descending") : "none"}>
      <Link href={href} className="text-brand-800 underline underline-offset-4">
        {title}
        <span className="sr-only">{`, sort ${nextDir === "asc" ? "ascending" : "descending"}`}</span>
        {isActive ? <span aria-hidden="true">{dir === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    </th>
  );
}

function Subject({ row }: { row: AuditLogRow }) {
  const kind = auditEntityLabel(row.entityType);
  if (row.subjectName) {
    return (
      <>
        {row.subjectName}
        <span className="block text-xs text-slate-700">{row.entityType === "crisis_session" ? "Crisis session of this client" : kind}</span>
      </>
    );
  }
  if (row.entityType === "operation" || row.entityType === "page") return <>{kind}{row.entityId ? <span className="block font-mono text-xs text-slate-700">{row.entityId}</span> : null}</>;
  return <>{kind}</>;
}

/**
 * The report's rows. The scroll region takes keyboard focus and has a name, so someone who does
 * not use a mouse can scroll a wide table sideways (axe: scrollable-region-focusable).
 */
export function AuditReportTable({ rows, query, sort, timeZone }: Props) {
  return (
    <div role="region" aria-labelledby="audit-table-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-300 bg-white focus:outline-2 focus:outline-brand-700">
      <table className="w-full text-left text-sm">
        <caption id="audit-table-caption" className="p-2 text-left font-semibold">
          Audit events
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">Entry</th>
            {COLUMNS.map((column) => (
              <SortHeader key={column.sort} column={column} query={query} sort={sort} timeZone={timeZone} />
            ))}
            <th scope="col" className="px-3 py-2">Detail</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const detail = describeAuditDetail(row.detail, timeZone);
            return (
              <tr key={row.seq} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2">{row.seq}</td>
                <td className="px-3 py-2 whitespace-nowrap">{formatInstant(row.at, timeZone)}</td>
                <td className="px-3 py-2">{row.actorName ?? "—"}</td>
                <td className="px-3 py-2">
                  {auditActionLabel(row.action)}
                  {/* The stored key, as the CSV's "Action key" column and the docs name it. */}
                  <span className="block font-mono text-xs text-slate-700">{row.action}</span>
                </td>
                <td className="px-3 py-2">
                  <Subject row={row} />
                </td>
                <td className="px-3 py-2">{auditOutcomeLabel(row.outcome)}</td>
                <td className="px-3 py-2">{row.ip ?? "—"}</td>
                <td className="px-3 py-2">
                  {detail.length > 0 ? (
                    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
                      {detail.map((item) => (
                        <div key={item.label} className="contents">
                          <dt className="font-semibold">{item.label}</dt>
                          <dd>{item.value}</dd>
                        </div>
                      ))}
                    </dl>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
