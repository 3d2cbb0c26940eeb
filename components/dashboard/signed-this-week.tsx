import { describeLine } from "@/lib/billing";
import Link from "next/link";
import type { Dashboard } from "@/db/sessions";
import { NOTE_STATUS_LABELS } from "@/lib/notes/lifecycle";

/** Signed notes of the current week with the day's billing lines each contributed to. */
export function SignedThisWeek({ sessions }: { sessions: Dashboard["signedThisWeek"] }) {
  if (sessions.length === 0) return <p className="text-slate-700">No notes signed this week.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">Your notes signed this week, with billing lines</caption>
        <thead className="bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="px-4 py-3">Client</th>
            <th scope="col" className="px-4 py-3">Date of service</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3">Lines for the day</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id} className="border-t border-slate-200 align-top">
              <td className="px-4 py-3">
                <Link href={`/sessions/${session.id}`} className="font-medium text-brand-700 underline">
                  {session.clientName}
                </Link>
              </td>
              <td className="px-4 py-3">{session.dateOfService}</td>
              <td className="px-4 py-3">{NOTE_STATUS_LABELS[session.status]}</td>
              <td className="px-4 py-3">
                {session.lines.length === 0
                  ? "None"
                  : session.lines.map((line) => (
                      <span key={line.code} className="mr-3 inline-block font-mono">
                        {describeLine(line)}
                      </span>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
