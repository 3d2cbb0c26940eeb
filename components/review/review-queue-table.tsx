import Link from "next/link";
import type { ReviewQueueItem } from "@/db/reviews";
import { describeLine } from "@/lib/billing";

/** The supervisor's queue, oldest first; overdue and high-risk notes stand out in words, not colour alone. */
export function ReviewQueueTable({ items, dueDays }: { items: ReviewQueueItem[]; dueDays: number }) {
  if (items.length === 0) return <p>No notes are waiting for your review.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">Notes waiting for your review, oldest first</caption>
        <thead className="bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="px-3 py-3">Clinician</th>
            <th scope="col" className="px-3 py-3">Client</th>
            <th scope="col" className="px-3 py-3">Date of service</th>
            <th scope="col" className="px-3 py-3">Minutes</th>
            <th scope="col" className="px-3 py-3">Billing lines</th>
            <th scope="col" className="px-3 py-3">Risk</th>
            <th scope="col" className="px-3 py-3">Waiting</th>
            <th scope="col" className="px-3 py-3">
              <span className="sr-only">Review</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={item.isOverdue ? "border-t border-slate-200 bg-amber-50" : "border-t border-slate-200"}>
              <td className="px-3 py-3">{item.clinicianName}</td>
              <td className="px-3 py-3 font-medium">{item.clientName}</td>
              <td className="px-3 py-3">{item.dateOfService ?? "—"}</td>
              <td className="px-3 py-3">{item.minutes ?? "—"}</td>
              <td className="px-3 py-3">{item.lines.length > 0 ? item.lines.map((line) => describeLine(line)).join("; ") : "None"}</td>
              <td className="px-3 py-3">{item.isHighRisk ? <strong className="text-red-800">High risk</strong> : "—"}</td>
              <td className="px-3 py-3">
                {item.ageDays === 0 ? "Today" : `${item.ageDays} day${item.ageDays === 1 ? "" : "s"}`}
                {item.isOverdue ? <strong className="ml-1 text-amber-900">(overdue, due within {dueDays})</strong> : null}
              </td>
              <td className="px-3 py-3">
                <Link href={`/review/${item.id}`} className="text-brand-700 underline">
                  Review<span className="sr-only">{` the note for ${item.clientName} by ${item.clinicianName}`}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
