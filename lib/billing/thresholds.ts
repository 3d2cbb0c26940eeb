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
