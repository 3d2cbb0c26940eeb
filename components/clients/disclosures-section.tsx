import type { DisclosureEntry } from "@/db/disclosures";
import { DisclosureForm } from "./disclosure-form";
import { DisclosuresTable } from "./disclosures-table";

type Props = { clientId: string; clientName: string; entries: DisclosureEntry[]; timeZone: string };

/** The client's accounting of disclosures (HIPAA §164.528): every entry, newest first, and the form to add one. */
export function DisclosuresSection({ clientId, clientName, entries, timeZone }: Props) {
  return (
    <section aria-labelledby="client-disclosures-heading" className="space-y-3 rounded-lg border border-slate-300 bg-white p-6">
      <h2 id="client-disclosures-heading" className="text-lg font-semibold">
        Disclosures
      </h2>
      <p className="text-sm text-slate-700">Releases of this client’s information outside the practice. The list is kept for at least six years; entries cannot be changed or removed.</p>
      {entries.length === 0 ? (
        <p>No disclosures recorded.</p>
      ) : (
        <DisclosuresTable entries={entries} timeZone={timeZone} captionId="client-disclosures-caption" caption={`Disclosures of ${clientName}'s information`} isCaptionHidden />
      )}
      <DisclosureForm clientId={clientId} earlier={entries.map((entry) => ({ id: entry.id, label: `${entry.disclosedOn} to ${entry.recipient}` }))} />
    </section>
  );
}
