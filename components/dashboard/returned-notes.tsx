import Link from "next/link";
import type { Dashboard } from "@/db/sessions";

/** Notes a supervisor returned, each with what the supervisor asked for. */
export function ReturnedNotes({ notes }: { notes: Dashboard["returned"] }) {
  return (
    <ul aria-label="Notes returned to you" className="space-y-3">
      {notes.map((note) => (
        <li key={note.id} className="rounded-lg border-l-4 border-amber-600 bg-white p-4 shadow-sm">
          <p>
            <strong>{note.clientName}</strong> · {note.dateOfService ?? "no date"} · returned by {note.returnedBy || "your supervisor"}
          </p>
          {note.comment ? <blockquote className="mt-2 whitespace-pre-wrap border-l-2 border-slate-300 pl-3">{note.comment}</blockquote> : null}
          <Link href={`/sessions/${note.id}`} className="mt-2 inline-block text-brand-700 underline">
            Open and revise<span className="sr-only">{` the note for ${note.clientName}`}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
