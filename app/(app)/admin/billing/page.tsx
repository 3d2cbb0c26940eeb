import type { Metadata } from "next";
import Link from "next/link";
import { ExportButton } from "@/components/billing-report/export-button";
import { WeeklyChart } from "@/components/billing-report/weekly-chart";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { getBillingReport } from "@/db/billing";
import { getPracticeSettings } from "@/db/practice";
import { FLAG_EXPLANATIONS, countFlags, flagsForDay, isBillableDay } from "@/lib/billing-report/flags";
import { RANGE_PRESETS, type RangePreset, billingReportQuerySchema, presetRange } from "@/lib/billing-report/range";
import { totalsBy } from "@/lib/billing-report/totals";
import { FLAG_CODES, type FlagCode } from "@/lib/billing-report/types";
import { weeklyTotals } from "@/lib/billing-report/weekly";
import { isAppError } from "@/lib/errors";
import { localDateOf } from "@/lib/time/local";
import { pageContext } from "@/server/context";

export const metadata: Metadata = { title: "Billing" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PRESET_LABELS: Record<RangePreset, string> = { this_week: "This week", last_week: "Last week", this_month: "This month", last_month: "Last month" };

// A note signed more than this many days after its date of service is a late entry for billers.
const LATE_ENTRY_DAYS = 3;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return search.toString();
}

export default async function BillingPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await pageContext({ roles: ["admin"] });
  const params = await searchParams;
  const timeZone = (await getPracticeSettings(ctx))?.timeZone ?? "UTC";
  const today = localDateOf(new Date().toISOString(), timeZone);
  const preset: RangePreset | undefined = RANGE_PRESETS.find((id) => id === first(params.preset)) ?? (first(params.from) ? undefined : "last_month");
  const range = preset ? presetRange(preset, today) : { from: first(params.from) ?? "", to: first(params.to) ?? "" };
  const raw = { ...range, clinicianId: first(params.clinicianId) || undefined, payerId: first(params.payerId) || undefined, code: first(params.code) || undefined, status: first(params.status) || undefined };
  const parsed = billingReportQuerySchema.safeParse(raw);
  const flag = FLAG_CODES.find((code) => code === first(params.flag));

  let report: Awaited<ReturnType<typeof getBillingReport>> | null = null;
  let problem: string | null = parsed.success ? null : (parsed.error.issues[0]?.message ?? "Check the filters.");
  if (parsed.success) {
    try {
      report = await getBillingReport(ctx, { ...parsed.data });
    } catch (error) {
      if (!isAppError(error) || error.code !== "VALIDATION") throw error;
      problem = error.message;
    }
  }

  const options = { now: new Date(), lateEntryDays: LATE_ENTRY_DAYS, timeZone };
  const allDays = report?.days ?? [];
  const flagged = allDays.map((day) => ({ day, flags: flagsForDay(day, options) }));
  const status = parsed.success ? parsed.data.status : "billable";
  const shown = flagged
    .filter(({ day, flags }) => (status === "billable" ? isBillableDay(day) : status === "flagged" ? flags.length > 0 : true))
    .filter(({ flags }) => !flag || flags.includes(flag));
  const days = shown.map(({ day }) => day);
  const counts = countFlags(allDays, options);
  const weekly = weeklyTotals(allDays);
  const clinicianNames = [...new Set(weekly.map((w) => w.clinicianName))].sort();
  const weeks = [...new Set(weekly.map((w) => w.weekStart))].sort();
  const chart = {
    weeks,
    clinicians: clinicianNames,
    rows: weeks.map((week) => ({ week, ...Object.fromEntries(clinicianNames.map((name) => [name, weekly.filter((w) => w.weekStart === week && w.clinicianName === name).reduce((sum, w) => sum + w.units, 0)])) })),
  };
  const filterParams = { from: range.from, to: range.to, clinicianId: raw.clinicianId, payerId: raw.payerId, code: raw.code, status };
  const exportHref = `/api/admin/billing/export?${queryString({ ...filterParams, includeFlagged: status === "billable" ? undefined : "true", bom: "true" })}`;

  return (
    <>
      <PageTitle>Billing</PageTitle>
      <form action="/admin/billing" aria-label="Billing filters" className="mb-6 grid gap-4 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
        <div className="space-y-1">
          <label htmlFor="billing-preset" className="block text-sm font-semibold">Period</label>
          <Select id="billing-preset" name="preset" defaultValue={preset ?? ""}>
            {RANGE_PRESETS.map((id) => (
              <option key={id} value={id}>{PRESET_LABELS[id]}</option>
            ))}
            <option value="">Custom dates</option>
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="billing-from" className="block text-sm font-semibold">From (custom)</label>
          <Input id="billing-from" name="from" type="date" defaultValue={range.from} />
        </div>
        <div className="space-y-1">
          <label htmlFor="billing-to" className="block text-sm font-semibold">To (custom)</label>
          <Input id="billing-to" name="to" type="date" defaultValue={range.to} />
        </div>
        <div className="space-y-1">
          <label htmlFor="billing-status" className="block text-sm font-semibold">Days shown</label>
          <Select id="billing-status" name="status" defaultValue={status}>
            <option value="billable">Billable (every note final)</option>
            <option value="flagged">Flagged</option>
            <option value="all">All</option>
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="billing-clinician" className="block text-sm font-semibold">Clinician</label>
          <Select id="billing-clinician" name="clinicianId" defaultValue={raw.clinicianId ?? ""}>
            <option value="">All clinicians</option>
            {(report?.clinicians ?? []).map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="billing-payer" className="block text-sm font-semibold">Payer</label>
          <Select id="billing-payer" name="payerId" defaultValue={raw.payerId ?? ""}>
            <option value="">All payers</option>
            {(report?.payers ?? []).map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="billing-code" className="block text-sm font-semibold">Code</label>
          <Input id="billing-code" name="code" defaultValue={raw.code ?? ""} placeholder="e.g. 90839" />
        </div>
        <div className="flex items-center gap-4">
          <Button type="submit">Show</Button>
          <Link href="/admin/billing" className="text-brand-700 underline">Clear</Link>
        </div>
      </form>
      <p className="mb-4 font-semibold">
        {range.from} to {range.to}
        {flag ? ` · only days flagged “${FLAG_EXPLANATIONS[flag].label}”` : ""}
      </p>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {report ? (
        <div className="space-y-8">
          <section aria-labelledby="totals-heading" className="space-y-3">
            <h2 id="totals-heading" className="text-lg font-semibold">Totals</h2>
            <div className="grid gap-4 lg:grid-cols-3">
              {(["code", "clinician", "payer"] as const).map((by) => (
                <table key={by} className="w-full rounded-lg border border-slate-300 bg-white text-left text-sm">
                  <caption className="p-2 text-left font-semibold">{`Totals by ${by}`}</caption>
                  <thead className="bg-slate-100">
                    <tr>
                      <th scope="col" className="px-3 py-2">{by === "code" ? "Code" : by === "clinician" ? "Clinician" : "Payer"}</th>
                      <th scope="col" className="px-3 py-2">Lines</th>
                      <th scope="col" className="px-3 py-2">Units</th>
                    </tr>
                  </thead>
                  <tbody>
                    {totalsBy(days, by).map((total) => (
                      <tr key={total.key} className="border-t border-slate-200">
                        <th scope="row" className="px-3 py-2 font-medium">{total.label}</th>
                        <td className="px-3 py-2">{total.lines}</td>
                        <td className="px-3 py-2">{total.units}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ))}
            </div>
          </section>
          <section aria-labelledby="flags-heading" className="space-y-3">
            <h2 id="flags-heading" className="text-lg font-semibold">Flags to act on</h2>
            <ul aria-label="Flags" className="grid gap-2 md:grid-cols-2">
              {FLAG_CODES.map((code) => (
                <li key={code} className={counts[code] > 0 ? "rounded-md border-l-4 border-amber-600 bg-white p-3" : "rounded-md border-l-4 border-slate-300 bg-white p-3"}>
                  <p>
                    <strong>{FLAG_EXPLANATIONS[code].label}</strong>: {counts[code]} {counts[code] === 1 ? "day" : "days"}{" "}
                    {counts[code] > 0 ? (
                      <Link href={`/admin/billing?${queryString({ ...filterParams, status: "all", flag: code })}`} className="text-brand-700 underline">
                        Show<span className="sr-only">{` the days flagged ${FLAG_EXPLANATIONS[code].label}`}</span>
                      </Link>
                    ) : null}
                  </p>
                  <p className="text-sm text-slate-700">{FLAG_EXPLANATIONS[code].explanation}</p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="weekly-heading" className="space-y-3 break-inside-avoid-page">
            <h2 id="weekly-heading" className="text-lg font-semibold">Billed units per week</h2>
            {weekly.length === 0 ? <p>No billed units in this period.</p> : <WeeklyChart data={chart} />}
            <table className="w-full rounded-lg border border-slate-300 bg-white text-left text-sm">
              <caption className="p-2 text-left font-semibold">Billed units and crisis minutes per week, by clinician</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="px-3 py-2">Week of</th>
                  <th scope="col" className="px-3 py-2">Clinician</th>
                  <th scope="col" className="px-3 py-2">Units</th>
                  <th scope="col" className="px-3 py-2">Crisis minutes</th>
                </tr>
              </thead>
              <tbody>
                {weekly.map((row) => (
                  <tr key={`${row.weekStart}-${row.clinicianId}`} className="border-t border-slate-200">
                    <th scope="row" className="px-3 py-2 font-medium">{row.weekStart}</th>
                    <td className="px-3 py-2">{row.clinicianName}</td>
                    <td className="px-3 py-2">{row.units}</td>
                    <td className="px-3 py-2">{row.minutes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="days-heading" className="space-y-3">
            <div className="flex flex-wrap items-end justify-between gap-4">
              <h2 id="days-heading" className="text-lg font-semibold">{`Client-days (${days.length})`}</h2>
              <ExportButton href={exportHref} />
            </div>
            <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white" tabIndex={0} role="region" aria-label="Client-days, scrollable">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">One row per client and date of service</caption>
                <thead className="bg-slate-100">
                  <tr>
                    {["Date", "Client", "Lines", "Minutes", "POS", "Payer", "Diagnoses", "Clinician", "Co-signed by", "Notes", "Flags"].map((label) => (
                      <th key={label} scope="col" className="px-3 py-2">{label}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shown.map(({ day, flags }) => (
                    <tr key={`${day.clinician.id}-${day.client.id}-${day.dateOfService}`} className="border-t border-slate-200 align-top">
                      <td className="px-3 py-2 whitespace-nowrap">{day.dateOfService}</td>
                      <td className="px-3 py-2">{day.client.name}</td>
                      <td className="px-3 py-2">{day.lines.map((l) => `${l.code} ×${l.units}${l.modifiers.length ? ` (${l.modifiers.join(", ")})` : ""}`).join("; ") || "None"}</td>
                      <td className="px-3 py-2">{day.minutes}</td>
                      <td className="px-3 py-2">{[...new Set(day.lines.map((l) => l.placeOfService))].join(", ") || "—"}</td>
                      <td className="px-3 py-2">{day.payerName ?? "No payer"}</td>
                      <td className="px-3 py-2">{day.diagnosisCodes.join(", ") || "—"}</td>
                      <td className="px-3 py-2">{day.clinician.name}{day.clinician.credentials ? `, ${day.clinician.credentials}` : ""}</td>
                      <td className="px-3 py-2">{day.cosigner ? day.cosigner.name : "—"}</td>
                      <td className="px-3 py-2">{day.notes.map((n) => n.status.replace("_", " ")).join(", ")}</td>
                      <td className="px-3 py-2">{flags.map((f: FlagCode) => FLAG_EXPLANATIONS[f].label).join("; ") || "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </div>
      ) : null}
    </>
  );
}
