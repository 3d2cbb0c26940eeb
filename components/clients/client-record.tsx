import type { ClientDetails } from "@/db/clients";

/** The client's record as facts: contact, emergency contact and insurance (no clinical text). */
export function ClientRecord({ client }: { client: ClientDetails }) {
  const rows: [string, string | null][] = [
    ["Date of birth", client.dateOfBirth],
    ["Pronouns", client.pronouns],
    ["External id / MRN", client.externalId],
    ["Phone", client.phone],
    ["Address", client.address],
    ["Emergency contact", client.emergencyContactName ? `${client.emergencyContactName}${client.emergencyContactRelation ? ` (${client.emergencyContactRelation})` : ""}` : null],
    ["Emergency contact phone", client.emergencyContactPhone],
    ["Payer", client.payerName],
    ["Member id", client.memberId],
    ["Group number", client.groupNumber],
    ["Status", client.active ? "Active" : "Deactivated"],
  ];
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="whitespace-pre-wrap">{value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
