import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from "@/lib/audit/actions";
import { AUDIT_ACTION_GROUPS, AUDIT_ACTION_LABELS, AUDIT_OUTCOME_LABELS } from "@/lib/audit/labels";
import type { AuditReportQuery } from "@/lib/audit/report-query";

type Props = {
  query: Partial<AuditReportQuery>;
  users: { id: string; name: string; email: string }[];
  clientName: string | null;
  timeZone: string;
};

const label = "block text-sm font-semibold";

/**
 * The report's filters as a plain GET form: the URL holds ids and keys only (a client is chosen
 * from their record's "Audit report" link, never typed by name), so no PHI lands in history.
 */
export function AuditReportFilters({ query, users, clientName, timeZone }: Props) {
  return (
    <form action="/admin/audit" aria-label="Audit report filters" className="mb-6 grid gap-4 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3 lg:items-end">
      <div className="space-y-1">
        <label htmlFor="audit-from" className={label}>{`From (${timeZone})`}</label>
        <Input id="audit-from" name="from" type="date" defaultValue={query.from ?? ""} />
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-to" className={label}>{`To (${timeZone})`}</label>
        <Input id="audit-to" name="to" type="date" defaultValue={query.to ?? ""} />
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-user" className={label}>User (acting or acted on)</label>
        <Select id="audit-user" name="user" defaultValue={query.user ?? ""}>
          <option value="">All users</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>{`${user.name} (${user.email})`}</option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-action" className={label}>Action</label>
        <Select id="audit-action" name="action" defaultValue={query.action ?? ""}>
          <option value="">All actions</option>
          {AUDIT_ACTION_GROUPS.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {AUDIT_ACTIONS.filter((action) => group.prefixes.some((prefix) => action.startsWith(prefix))).map((action) => (
                <option key={action} value={action}>{AUDIT_ACTION_LABELS[action]}</option>
              ))}
            </optgroup>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-outcome" className={label}>Outcome</label>
        <Select id="audit-outcome" name="outcome" defaultValue={query.outcome ?? ""}>
          <option value="">All outcomes</option>
          {AUDIT_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>{AUDIT_OUTCOME_LABELS[outcome]}</option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <p className={label}>Client</p>
        {query.client ? (
          <p>
            <input type="hidden" name="client" value={query.client} />
            {clientName ?? "Unknown client"}{" "}
            <Link href="/admin/clients" className="text-sm text-brand-700 underline">
              Choose another
            </Link>
          </p>
        ) : (
          <p className="text-sm text-slate-700">
            All clients. To see one client, open their record under{" "}
            <Link href="/admin/clients" className="text-brand-700 underline">
              Clients
            </Link>{" "}
            and choose “Audit report”.
          </p>
        )}
      </div>
      {query.sort && query.sort !== "time" ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.dir && query.dir !== "desc" ? <input type="hidden" name="dir" value={query.dir} /> : null}
      <div className="flex items-center gap-4">
        <Button type="submit">Show</Button>
        <Link href="/admin/audit" className="text-brand-700 underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
