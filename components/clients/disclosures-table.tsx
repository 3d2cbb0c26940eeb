import type { DisclosureEntry } from "@/db/disclosures";
import { formatInstant } from "@/lib/time/format";

type Props = { entries: DisclosureEntry[]; timeZone: string; captionId: string; caption: string; isCaptionHidden?: boolean };

/**
 * A client's disclosures, newest first, as the client page and the admin's six-year accounting
 * both show them: a keyboard-scrollable table, corrections naming the entry they correct.
 */
export function DisclosuresTable({ entries, timeZone, captionId, caption, isCaptionHidden = false }: Props) {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="w-full text-left text-sm">
        <caption id={captionId} className={isCaptionHidden ? "sr-only" : "p-2 text-left font-semibold"}>
          {caption}
        </caption>
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
                  {entry.correctsId ? (
                    <span className="block text-xs text-slate-700">
                      {corrected ? `Corrects the entry of ${corrected.disclosedOn} to ${corrected.recipient}` : "A correction of an earlier entry"}
                    </span>
                  ) : null}
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
  );
}
