import type { ReportDay } from "./types";

export type Total = { key: string; label: string; lines: number; units: number; minutes: number; days: number };

/**
 * Totals of the days shown, by a key of each line (code) or of the day (clinician, payer): lines
 * and units are summed per line, minutes and days once per day.
 */
export function totalsBy(days: readonly ReportDay[], by: "code" | "clinician" | "payer"): Total[] {
  const totals = new Map<string, Total>();
  const bump = (key: string, label: string, lines: number, units: number, day: ReportDay | null) => {
    const total = totals.get(key) ?? { key, label, lines: 0, units: 0, minutes: 0, days: 0 };
    total.lines += lines;
    total.units += units;
    if (day) {
      total.minutes += day.minutes;
      total.days += 1;
    }
    totals.set(key, total);
  };
  for (const day of days) {
    if (by === "code") {
      for (const line of day.lines) bump(line.code, line.code, 1, line.units, null);
      continue;
    }
    const key = by === "clinician" ? day.clinician.id : (day.payerName ?? "");
    const label = by === "clinician" ? day.clinician.name : (day.payerName ?? "No payer");
    bump(key, label, day.lines.length, day.lines.reduce((sum, line) => sum + line.units, 0), day);
  }
  return [...totals.values()].sort((a, b) => a.label.localeCompare(b.label));
}
