import type { NextThreshold } from "./types";
import { BELOW_CRISIS_MINIMUM, BELOW_MINIMUM } from "./warning-codes";
import type { WarningCode } from "./warning-codes";

export type CodeUnits = { code: string; units: number };

/** One row of a time table: what a total of at least `fromMinutes` bills. */
export type TimeThreshold = {
  fromMinutes: number;
  lines: readonly CodeUnits[];
  warning?: WarningCode;
  /** From this row on, one more unit of `code` for every further `everyMinutes`. */
  repeat?: { code: string; everyMinutes: number };
};

/** Rows in ascending `fromMinutes`, the first at 0. A payer variant is another such table. */
export type TimeTable = readonly TimeThreshold[];

/**
 * BILLING-RULES §2 — CPT time table with the midpoint rule:
 * 0–15 nothing; 16–29 90832; 30–74 90839; 75+ 90839 + 90840 × (1 + floor((m − 75) / 30)).
 */
export const CRISIS_TIME_TABLE: TimeTable = [
  { fromMinutes: 0, lines: [], warning: BELOW_MINIMUM },
  { fromMinutes: 16, lines: [{ code: "90832", units: 1 }], warning: BELOW_CRISIS_MINIMUM },
  { fromMinutes: 30, lines: [{ code: "90839", units: 1 }] },
  {
    fromMinutes: 75,
    lines: [
      { code: "90839", units: 1 },
      { code: "90840", units: 1 },
    ],
    repeat: { code: "90840", everyMinutes: 30 },
  },
];

/** Codes to bill in place of others, under the same thresholds: `{ "90839": "G0017" }`. */
export type CodeMapping = Readonly<Record<string, string>>;

/**
 * BILLING-RULES §8, Medicare: crisis psychotherapy in person at a site that gets the
 * non-facility rate, other than the office, is billed as G0017 (first 30–74 minutes) and G0018
 * (each further 30 minutes) instead of 90839/90840, at the same thresholds.
 */
export const NON_OFFICE_CRISIS_CODES = Object.freeze({ "90839": "G0017", "90840": "G0018" }) satisfies CodeMapping;

/**
 * BILLING-RULES §8: with an E/M visit the same day, 16–29 minutes of psychotherapy is the add-on
 * to that visit (+90833) instead of stand-alone 30-minute psychotherapy (90832).
 */
export const EM_ADD_ON_CODES = Object.freeze({ "90832": "90833" }) satisfies CodeMapping;

function mapCode(code: string, mapping: CodeMapping): string {
  return Object.hasOwn(mapping, code) ? (mapping[code] ?? code) : code;
}

/** The same table with codes substituted: same rows, thresholds, units and warnings. */
export function withCodes(table: TimeTable, mapping: CodeMapping): TimeTable {
  return table.map((row) => ({
    ...row,
    lines: row.lines.map((line) => ({ ...line, code: mapCode(line.code, mapping) })),
    ...(row.repeat ? { repeat: { ...row.repeat, code: mapCode(row.repeat.code, mapping) } } : {}),
  }));
}

/** BILLING-RULES §8: the CPT table with G0017/G0018 for the crisis codes (Medicare, non-office sites). */
export const NON_OFFICE_CRISIS_TIME_TABLE: TimeTable = withCodes(CRISIS_TIME_TABLE, NON_OFFICE_CRISIS_CODES);

/** The last row whose threshold the minutes have reached. */
export function thresholdFor(minutes: number, table: TimeTable = CRISIS_TIME_TABLE): TimeThreshold {
  let reached = table[0];
  for (const row of table) {
    if (row.fromMinutes <= minutes) reached = row;
  }
  if (reached === undefined) throw new Error("A billing time table needs at least one row.");
  return reached;
}

/** Codes and units billed for a total of `minutes`. */
export function codesForMinutes(minutes: number, table: TimeTable = CRISIS_TIME_TABLE): CodeUnits[] {
  const row = thresholdFor(minutes, table);
  const extra = row.repeat ? Math.floor((minutes - row.fromMinutes) / row.repeat.everyMinutes) : 0;
  return row.lines.map((line) =>
    line.code === row.repeat?.code ? { code: line.code, units: line.units + extra } : { ...line },
  );
}

/** "90839" for a once-only code; "90840 ×2" for a code billed in units. */
function formatCode(line: CodeUnits, table: TimeTable): string {
  const isUnitCode = table.some((row) => row.repeat?.code === line.code);
  return isUnitCode ? `${line.code} ×${line.units}` : line.code;
}

/** The codes that appear, or gain units, between two totals. */
function describeChange(from: readonly CodeUnits[], to: readonly CodeUnits[], table: TimeTable): string {
  const changed = to.filter((line) => from.find((old) => old.code === line.code)?.units !== line.units);
  return changed.map((line) => formatCode(line, table)).join(" + ");
}

/**
 * BILLING-RULES §2, "Next threshold": the next total that changes the lines (16, 30, 75, 105,
 * 135, …), how far off it is and what it adds. `null` when the table has nothing further.
 */
export function nextThresholdFor(
  minutes: number,
  table: TimeTable = CRISIS_TIME_TABLE,
): NextThreshold | null {
  const row = thresholdFor(minutes, table);
  const candidates: number[] = [];
  const nextRow = table.find((r) => r.fromMinutes > minutes);
  if (nextRow) candidates.push(nextRow.fromMinutes);
  if (row.repeat) {
    const steps = Math.floor((minutes - row.fromMinutes) / row.repeat.everyMinutes) + 1;
    candidates.push(row.fromMinutes + steps * row.repeat.everyMinutes);
  }
  if (candidates.length === 0) return null;
  const atMinutes = Math.min(...candidates);
  const adds = describeChange(codesForMinutes(minutes, table), codesForMinutes(atMinutes, table), table);
  return { atMinutes, minutesToGo: atMinutes - minutes, adds };
}
