import type { AuditLogRow } from "@/db/audit-log";
import type { AuditSort } from "./report-query";
import { auditActionLabel, auditOutcomeLabel } from "./labels";

/** What a column shows, as the sort compares it: labels and names, not keys and ids. */
const SORT_KEYS: Record<Exclude<AuditSort, "time">, (row: AuditLogRow) => string> = {
  user: (row) => row.actorName ?? "",
  action: (row) => auditActionLabel(row.action),
  subject: (row) => row.subjectName ?? row.entityType,
  outcome: (row) => auditOutcomeLabel(row.outcome),
  ip: (row) => row.ip ?? "",
};

/** The report's rows by another column than time, compared as shown (labels and names, case-insensitive). */
export function sortAuditRows(rows: AuditLogRow[], sort: Exclude<AuditSort, "time">, dir: "asc" | "desc"): AuditLogRow[] {
  const key = SORT_KEYS[sort];
  const sign = dir === "asc" ? 1 : -1;
  // Ties keep time order, newest first, whichever way the column runs.
  return [...rows].sort((a, b) => sign * key(a).localeCompare(key(b), "en", { sensitivity: "base", numeric: true }) || b.seq - a.seq);
}

