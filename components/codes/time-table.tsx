import { CRISIS_TIME_TABLE, type TimeTable } from "@/lib/billing";
import type { TimeRange } from "@/lib/guidance";
import { describeTimeRange, timeTableRows } from "./time-table-rows";

/** The crisis time table straight from the billing module, so page and engine cannot drift. */
export function CrisisTimeTable({ table = CRISIS_TIME_TABLE }: { table?: TimeTable }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border border-slate-300 text-left text-sm">
        <caption className="mb-2 text-left font-semibold text-slate-900">
          Total crisis minutes on the date of service, and the lines they bill
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">Total minutes</th>
            <th scope="col" className="px-3 py-2">Lines</th>
            <th scope="col" className="px-3 py-2">Note</th>
          </tr>
        </thead>
        <tbody>
          {timeTableRows(table).map((row) => (
            <tr key={row.minutes} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap">{row.minutes}</th>
              <td className="px-3 py-2">{row.lines}</td>
              <td className="px-3 py-2">{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TimeRangeSummary({ timeRange }: { timeRange: TimeRange }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold">Reportable time</dt>
      <dd>{describeTimeRange(timeRange)}</dd>
      <dt className="font-semibold">How it is counted</dt>
      <dd>{timeRange.note}</dd>
    </dl>
  );
}
