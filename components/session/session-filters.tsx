import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { ClientSummary } from "@/db/clients";
import { NOTE_STATUSES } from "@/lib/notes/status";
import { NOTE_STATUS_LABELS } from "@/lib/notes/lifecycle";
import type { SessionListQuery } from "@/lib/validation/session-list";

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked or shared. */
export function SessionFilters({ query, clients }: { query: SessionListQuery; clients: ClientSummary[] }) {
  const label = "block text-sm font-semibold";
  return (
    <form action="/sessions" aria-label="Filter notes" className="mb-6 grid gap-4 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      <div className="space-y-1">
        <label htmlFor="filter-client" className={label}>
          Client
        </label>
        <Select id="filter-client" name="clientId" defaultValue={query.clientId ?? ""}>
          <option value="">All clients</option>
          {clients.map((client) => (
            <option key={client.id} value={client.id}>
              {client.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-from" className={label}>
          Date from
        </label>
        <Input id="filter-from" name="from" type="date" defaultValue={query.from ?? ""} />
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-to" className={label}>
          Date to
        </label>
        <Input id="filter-to" name="to" type="date" defaultValue={query.to ?? ""} />
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-status" className={label}>
          Status
        </label>
        <Select id="filter-status" name="status" defaultValue={query.status ?? ""}>
          <option value="">Any status</option>
          {NOTE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {NOTE_STATUS_LABELS[status]}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex items-center gap-4">
        <Button type="submit">Apply filters</Button>
        <Link href="/sessions" className="text-brand-700 underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
