import { IN_PERSON_PLACES_OF_SERVICE, TELEHEALTH_PLACES_OF_SERVICE, describeNextThreshold } from "@/lib/billing";
import type { BillingResult } from "@/lib/billing";

const PLACE_NAMES: Record<string, string> = { ...IN_PERSON_PLACES_OF_SERVICE, ...TELEHEALTH_PLACES_OF_SERVICE };

function placeName(code: string): string {
  return PLACE_NAMES[code] ?? "Other";
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export function BillingResultView({ result }: { result: BillingResult }) {
  return (
    <div className="space-y-4">
      <p className="text-lg">
        Counted time: <strong>{plural(result.totalMinutes, "minute")}</strong>
      </p>
      {result.lines.length === 0 ? (
        <p className="font-medium">No billable lines.</p>
      ) : (
        <table className="w-full border border-slate-300 text-left text-sm">
          <caption className="sr-only">Billing lines</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">Code</th>
              <th scope="col" className="px-3 py-2">Units</th>
              <th scope="col" className="px-3 py-2">Modifiers</th>
              <th scope="col" className="px-3 py-2">Place of service</th>
            </tr>
          </thead>
          <tbody>
            {result.lines.map((line) => (
              <tr key={line.code} className="border-t border-slate-200">
                <td className="px-3 py-2 font-mono font-semibold">{line.code}</td>
                <td className="px-3 py-2">{line.units}</td>
                <td className="px-3 py-2">{line.modifiers.length > 0 ? line.modifiers.join(", ") : "None"}</td>
                <td className="px-3 py-2">
                  {line.placeOfService} · {placeName(line.placeOfService)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.warnings.length > 0 ? (
        <ul className="space-y-2" aria-label="Warnings">
          {result.warnings.map((warning) => (
            <li key={warning.code} className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
              {warning.message}
            </li>
          ))}
        </ul>
      ) : null}
      {result.nextThreshold ? (
        <p>
          <span className="font-semibold">Next threshold: </span>
          {describeNextThreshold(result.nextThreshold)}
        </p>
      ) : null}
    </div>
  );
}
