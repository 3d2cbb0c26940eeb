import Link from "next/link";
import type { SessionListItem } from "@/db/sessions";
import { NOTE_STATUS_LABELS } from "@/lib/notes/lifecycle";

type Props = { sessions: SessionListItem[]; caption: string; showClient?: boolean };

/** A list of the clinician's notes; the client column is dropped on a client's own page. */
export function SessionTable({ sessions, caption, showClient = true }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-sm">
          <tr>
            {showClient ? <th scope="col" className="px-4 py-3">Client</th> : null}
            <th scope="col" className="px-4 py-3">Date of service</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3">
              <span className="sr-only">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id} className="border-t border-slate-200">
              {showClient ? <td className="px-4 py-3 font-medium">{session.clientName}</td> : null}
              <td className="px-4 py-3">{session.dateOfService ?? "No time recorded"}</td>
              <td className="px-4 py-3">{NOTE_STATUS_LABELS[session.status]}</td>
              <td className="px-4 py-3">
                <Link href={`/sessions/${session.id}`} className="text-brand-700 underline">
                  Open note<span className="sr-only">{` for ${session.clientName}, ${session.dateOfService ?? "no date"}`}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
