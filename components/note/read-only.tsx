import type { ReactNode } from "react";

/** A card of the signed or printed note: same numbering as the form, so both read alike. */
export function ReadOnlySection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="break-inside-avoid-page space-y-3 rounded-lg border border-slate-300 bg-white p-5 shadow-sm print:rounded-none print:border-0 print:border-t print:p-0 print:pt-3 print:shadow-none">
      <h2 className="text-lg font-bold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

/** Label and value pairs; an empty value reads "Not recorded" rather than leaving a gap. */
export function Facts({ items }: { items: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,14rem)_1fr]">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold text-slate-900">{label}</dt>
          <dd className="whitespace-pre-wrap text-slate-900">{isBlank(value) ? <span className="text-slate-600">Not recorded</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}

const isBlank = (value: ReactNode): boolean => value === null || value === undefined || (typeof value === "string" && value.trim() === "");

export const answerLabel = (value: string | null): string | null => (value === null ? null : value === "yes" ? "Yes" : value === "no" ? "No" : "Unknown");
