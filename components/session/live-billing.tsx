import { Notice } from "@/components/ui/notice";
import type { LiveBilling } from "@/lib/session/live-billing";
import { describeNextThreshold, lineCodeUnits, lineDetails } from "@/lib/billing";

/**
 * The lines the time so far would bill. Only the list of lines sits in the polite live region:
 * it changes when a threshold is crossed, whereas the minutes-to-go and the warnings change
 * every minute and would make a screen reader talk all session long.
 */
export function LiveBillingView({ live }: { live: LiveBilling }) {
  if (!live.ok) return <Notice tone="error">{live.message}</Notice>;
  const { lines, warnings, nextThreshold } = live.result;
  return (
    <div className="space-y-3">
      <h3 className="text-sm font-semibold text-slate-900">Billing lines so far</h3>
      <div aria-live="polite" aria-atomic="true">
        {lines.length === 0 ? (
          <p className="text-slate-700">No billable lines yet.</p>
        ) : (
          <ul aria-label="Billing lines" className="flex flex-wrap gap-2">
            {lines.map((line) => (
              <li key={line.code} className="rounded-md border border-brand-700 bg-blue-50 px-3 py-1">
                <span className="font-mono font-semibold">{lineCodeUnits(line)}</span>
                <span className="text-sm text-slate-700">{` · ${lineDetails(line)}`}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {nextThreshold ? <p className="font-medium">{describeNextThreshold(nextThreshold)}</p> : null}
      {warnings.length > 0 ? (
        <ul aria-label="Billing warnings" className="space-y-1 text-sm">
          {warnings.map((warning) => (
            <li key={warning.code} className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
              {warning.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
