import type { TimeTable, WarningCode } from "@/lib/billing";
import type { TimeRange } from "@/lib/guidance";

type TimeTableRow = { minutes: string; lines: string; note: string };

// Short reasons for the rows that carry a warning (BILLING-RULES §2).
const WARNING_NOTES: Partial<Record<WarningCode, string>> = {
  BELOW_MINIMUM: "Not reportable: under 16 minutes",
  BELOW_CRISIS_MINIMUM: "Below the crisis minimum; reported as 30-minute psychotherapy",
};

function range(from: number, to: number | undefined): string {
  return to === undefined ? `${from} or more` : `${from}–${to}`;
}

/**
 * Rows of a billing time table as a reader wants them: one per band, the repeating band
 * written out `examples` times and then summarised, so the table stays data-driven.
 */
export function timeTableRows(table: TimeTable, examples = 3): TimeTableRow[] {
  return table.flatMap((row, index) => {
    const nextFrom = table[index + 1]?.fromMinutes;
    const note = row.warning ? (WARNING_NOTES[row.warning] ?? "") : "";
    const repeat = row.repeat;
    if (!repeat) {
      const lines = row.lines.map((line) => `${line.code} ×${line.units}`).join(" + ") || "None";
      return [{ minutes: range(row.fromMinutes, nextFrom === undefined ? undefined : nextFrom - 1), lines, note }];
    }
    const bands = Array.from({ length: examples }, (_, step) => {
      const from = row.fromMinutes + step * repeat.everyMinutes;
      const lines = row.lines
        .map((line) => `${line.code} ×${line.code === repeat.code ? line.units + step : line.units}`)
        .join(" + ");
      return { minutes: range(from, from + repeat.everyMinutes - 1), lines, note };
    });
    const after = row.fromMinutes + examples * repeat.everyMinutes;
    return [
      ...bands,
      { minutes: range(after, undefined), lines: `One more ${repeat.code} unit for each further ${repeat.everyMinutes} minutes`, note },
    ];
  });
}

/** "16–37 minutes" or "53 minutes or more". */
export function describeTimeRange(timeRange: TimeRange): string {
  return timeRange.maxMinutes === null
    ? `${timeRange.minMinutes} minutes or more`
    : `${timeRange.minMinutes}–${timeRange.maxMinutes} minutes`;
}
