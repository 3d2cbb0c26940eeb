import type { AuditLogRow } from "@/db/audit-log";
import { csvChunk, neutraliseFormula } from "../billing-report/csv";
import { formatInstant } from "../time/format";
import { auditDetailLine } from "./detail";
import { auditActionLabel, auditEntityLabel, auditOutcomeLabel } from "./labels";

/*
 * The audit report's CSV: the billing export's writer (csv-stringify, RFC 4180, CRLF), and every
 * text cell through the same formula neutraliser — a user's name or an IP header is typed by
 * someone, and must never run in the auditor's spreadsheet.
 */

export const AUDIT_CSV_HEADER = ["Entry", "When (practice time)", "When (UTC)", "User", "Action", "Action key", "About", "Record type", "Record id", "Outcome", "IP address", "Detail"];

export function auditCsvRow(row: AuditLogRow, timeZone: string): string[] {
  const text = (value: string | null) => neutraliseFormula(value ?? "");
  return [
    String(row.seq),
    text(formatInstant(row.at, timeZone)),
    text(row.at),
    text(row.actorName),
    text(auditActionLabel(row.action)),
    text(row.action),
    text(row.subjectName),
    text(auditEntityLabel(row.entityType)),
    text(row.entityId),
    text(auditOutcomeLabel(row.outcome)),
    text(row.ip),
    text(auditDetailLine(row.detail, timeZone)),
  ];
}

export function auditCsvHeader(): string {
  return csvChunk([AUDIT_CSV_HEADER]);
}

export function auditCsvChunk(rows: readonly AuditLogRow[], timeZone: string): string {
  return csvChunk(rows.map((row) => auditCsvRow(row, timeZone)));
}
