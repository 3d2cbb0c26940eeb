import { stringify } from "csv-stringify/sync";

import { isSignedNote } from "./flags";
import type { ReportDay } from "./types";

/*
 * The billing report's CSV export: one row per billing line, RFC 4180 (fields holding a comma,
 * a quote, CR or LF are quoted, quotes doubled; CRLF after every record), UTF-8 with an optional
 * byte-order mark for spreadsheets that need one to read non-ASCII names.
 *
 * Formula injection: every text cell goes through `neutraliseFormula`, including the cells we
 * produce ourselves (dates, codes, note ids) where it never changes anything but costs nothing
 * and keeps the rule simple. Only Units and Minutes are left alone: they are numbers we write.
 */

export const CSV_HEADER: string[] = [
  "Date of service",
  "Client name",
  "Date of birth",
  "External id",
  "Payer",
  "Member id",
  "Diagnoses",
  "Rendering clinician",
  "Rendering NPI",
  "Supervising clinician",
  "Supervising NPI",
  "Code",
  "Units",
  "Modifiers",
  "POS",
  "Minutes (day total)",
  "Note ids",
  "Note states",
  "Signed at",
  "Co-signed at",
];

/** Separator inside a cell that holds several values. */
const MULTI = "; ";

/** What a spreadsheet reads as the start of a formula (OWASP CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
 * leading single quote, so it shows as text (OWASP's advice). Anything else is returned as is.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function text(value: string | null | undefined): string {
  return neutraliseFormula(value ?? "");
}

function personWithCredentials(person: { name: string; credentials: string | null } | null): string {
  if (!person) return "";
  const credentials = person.credentials?.trim();
  return credentials ? `${person.name}, ${credentials}` : person.name;
}

/**
 * One row per billing line of the day, in CSV_HEADER order; a day without lines gives none.
 * The note columns list the notes behind the lines (awaiting review or final) in the day's order;
 * "Co-signed at" lists only the co-signing times there are. Instants are written as stored (UTC).
 * Minutes are the day's total, repeated on each of its lines: do not add them up across rows.
 */
export function csvRowsForDay(day: ReportDay): string[][] {
  const signed = day.notes.filter(isSignedNote);
  const shared = {
    noteIds: text(signed.map((note) => note.id).join(MULTI)),
    noteStates: text(signed.map((note) => note.status).join(MULTI)),
    signedAt: text(signed.flatMap((note) => (note.signedAt ? [note.signedAt] : [])).join(MULTI)),
    cosignedAt: text(signed.flatMap((note) => (note.cosignedAt ? [note.cosignedAt] : [])).join(MULTI)),
  };
  return day.lines.map((line) => [
    text(day.dateOfService),
    text(day.client.name),
    text(day.client.dateOfBirth),
    text(day.client.externalId),
    // The payer the lines were computed under at signing; the client's current one otherwise.
    text(day.payerName ?? day.client.payerName),
    text(day.client.memberId),
    text(day.diagnosisCodes.join(MULTI)),
    text(personWithCredentials(day.clinician)),
    text(day.clinician.npi),
    text(personWithCredentials(day.cosigner)),
    text(day.cosigner?.npi),
    text(line.code),
    String(line.units),
    text(line.modifiers.join(MULTI)),
    text(line.placeOfService),
    String(day.minutes),
    shared.noteIds,
    shared.noteStates,
    shared.signedAt,
    shared.cosignedAt,
  ]);
}

const BOM = "\uFEFF";

/**
 * Rows as CSV records, each ending in CRLF, with neither header nor byte-order mark: what a
 * stream emits after `csvHeaderLine`, chunk by chunk.
 */
export function csvChunk(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return "";
  return stringify(
    rows.map((row) => [...row]),
    // An explicit record delimiter turns off quoting of a lone CR or LF unless asked for.
    { record_delimiter: "windows", quote_record_delimiter: true, eof: true },
  );
}

/** The header record, after a byte-order mark when asked: the start of a streamed export. */
export function csvHeaderLine(options: { bom: boolean }): string {
  return (options.bom ? BOM : "") + csvChunk([CSV_HEADER]);
}

/** A whole CSV file: optional byte-order mark, the header, then the rows. */
export function toCsv(rows: readonly (readonly string[])[], options: { bom: boolean }): string {
  return csvHeaderLine(options) + csvChunk(rows);
}
