import type { DisclosureEntry } from "@/db/disclosures";
import { formatInstant } from "@/lib/time/format";
import { DisclosureForm } from "./disclosure-form";

type Props = { clientId: string; clientName: string; entries: DisclosureEntry[]; timeZone: string };

/** The client's accounting of disclosures (HIPAA §164.528): every entry, newest first, and the form to add one. */
export function DisclosuresSection({ clientId, clientName, entries, timeZone }: Props) {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (
    <section aria-labelledby="client-disclosures-heading" className="space-y-3 rounded-lg border border-slate-300 bg-white p-6">
      <h2 id="client-disclosures-heading" className="text-lg font-semibold">
        Disclosures
      </h2>
      <p className="text-sm text-slate-700">Releases of this client’s information outside the practice. The list is kept for at least six years; entries cannot be changed or removed.</p>
      {entries.length === 0 ? (
        <p>No disclosures recorded.</p>
      ) : (
        <div role="region" aria-labelledby="client-disclosures-caption" tabIndex={0} className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption id="client-disclosures-caption" className="sr-only">{`Disclosures of ${clientName}'s information`}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">Date</th>
                <th scope="col" className="px-3 py-2">Recipient</th>
                <th scope="col" className="px-3 py-2">What was disclosed</th>
                <th scope="col" className="px-3 py-2">Purpose</th>
                <th scope="col" className="px-3 py-2">Recorded</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const corrected = entry.correctsId ? byId.get(entry.correctsId) : undefined;
                return (
                  <tr key={entry.id} className="border-t border-slate-200 align-top">
                    <td className="px-3 py-2 whitespace-nowrap">{entry.disclosedOn}</td>
                    <td className="px-3 py-2 whitespace-pre-wrap">{entry.recipient}</td>
                    <td className="px-3 py-2 whitespace-pre-wrap">
                      {entry.description}
                      {corrected ? <span className="block text-xs text-slate-700">{`Corrects the entry of ${corrected.disclosedOn} to ${corrected.recipient}`}</span> : null}
                    </td>
                    <td className="px-3 py-2 whitespace-pre-wrap">{entry.purpose}</td>
                    <td className="px-3 py-2">
                      {entry.recordedByName}
                      <span className="block text-xs text-slate-700">{formatInstant(entry.recordedAt, timeZone)}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <DisclosureForm clientId={clientId} earlier={entries.map((entry) => ({ id: entry.id, label: `${entry.disclosedOn} to ${entry.recipient}` }))} />
    </section>
  );
}
