import type { AddendumView } from "@/db/sessions";
import { AddendumForm } from "./addendum-form";
import { formatDateTime } from "./format";

type Props = { sessionId: string; addenda: AddendumView[]; timeZone?: string; printable?: boolean };

/** Addenda in the order written: the only way a signed note changes, and the original stays above. */
export function AddendaSection({ sessionId, addenda, timeZone = "UTC", printable = false }: Props) {
  return (
    <section aria-labelledby="addenda-heading" className="space-y-4 rounded-lg border border-slate-300 bg-white p-5 shadow-sm print:border-0 print:p-0 print:shadow-none">
      <h2 id="addenda-heading" className="text-lg font-bold">
        Addenda
      </h2>
      {addenda.length === 0 ? (
        <p className="text-slate-700">No addenda.</p>
      ) : (
        <ol className="space-y-3">
          {addenda.map((addendum, index) => (
            <li key={addendum.id} className="break-inside-avoid rounded-md border border-slate-300 p-4">
              <p className="font-semibold">
                {`Addendum ${index + 1} · ${addendum.authorName} · ${formatDateTime(addendum.createdAt, timeZone)}`}
              </p>
              <p className="mt-1">
                <span className="font-semibold">Reason: </span>
                {addendum.reason}
              </p>
              <p className="mt-1 whitespace-pre-wrap">{addendum.text}</p>
            </li>
          ))}
        </ol>
      )}
      {printable ? null : <AddendumForm sessionId={sessionId} />}
    </section>
  );
}
