import type { BillingLineView } from "@/db/sessions";
import type { SegmentView } from "@/db/session-access";
import { lineCodeUnits, lineDetails } from "@/lib/billing";
import { countedMinutes } from "./counted-minutes";
import { formatSegment } from "./format";

type Props = { lines: readonly BillingLineView[]; segments: readonly SegmentView[]; timeZone: string; dateOfService: string | null };

/**
 * This note's times and the day's billing lines. The lines cover the client's whole day with
 * this clinician (BILLING-RULES §1), so they can include another signed note's minutes.
 */
export function BillingSummary({ lines, segments, timeZone, dateOfService }: Props) {
  const dayMinutes = lines[0]?.dayMinutes;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <h3 className="font-semibold">This note&apos;s times</h3>
        <ul className="list-disc pl-6">
          {segments.map((segment) => (
            <li key={segment.id}>{formatSegment(segment, timeZone)}</li>
          ))}
        </ul>
        <p className="font-semibold">{`Total: ${countedMinutes(segments, timeZone) ?? "—"} minutes`}</p>
      </div>
      <div>
        <h3 className="font-semibold">{`Billing for the day${dateOfService ? ` (${dateOfService})` : ""}`}</h3>
        {lines.length === 0 ? (
          <p>No billable code for this day: too little time.</p>
        ) : (
          <ul className="list-disc pl-6">
            {lines.map((line) => (
              <li key={line.code}>
                <strong>{lineCodeUnits(line)}</strong>
                {` · ${lineDetails(line)}`}
              </li>
            ))}
          </ul>
        )}
        {dayMinutes !== undefined ? <p className="font-semibold">{`Day total: ${dayMinutes} minutes`}</p> : null}
        <p className="text-sm text-slate-700">All your signed notes for this client on this date are added together before codes are assigned.</p>
      </div>
    </div>
  );
}
