import type { Metadata } from "next";
import Link from "next/link";
import { PageTitle } from "@/components/ui/card";
import { listPracticeClients } from "@/db/clients";
import { pageContext } from "@/server/context";

export const metadata: Metadata = { title: "Clients and insurance" };

/** Admins keep clients' insurance right for billing; they never see a note from here. */
export default async function AdminClientsPage() {
  const ctx = await pageContext({ roles: ["admin"] });
  const clients = await listPracticeClients(ctx);
  return (
    <>
      <PageTitle>Clients and insurance</PageTitle>
      <p className="mb-4 text-slate-700">Payer, member id and group number decide how each client&apos;s crisis notes are billed. Clinical notes are not shown here.</p>
      {clients.length === 0 ? (
        <p>No clients yet. Clinicians add clients when they document a crisis session.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
          <table className="w-full text-left">
            <caption className="sr-only">Clients of the practice and their insurance</caption>
            <thead className="bg-slate-100 text-sm">
              <tr>
                <th scope="col" className="px-4 py-3">Client</th>
                <th scope="col" className="px-4 py-3">Date of birth</th>
                <th scope="col" className="px-4 py-3">Payer</th>
                <th scope="col" className="px-4 py-3">Member id</th>
                <th scope="col" className="px-4 py-3">Status</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((client) => (
                <tr key={client.id} className="border-t border-slate-200">
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={`/admin/clients/${client.id}`} className="text-brand-700 underline">
                      {client.name}
                    </Link>
                  </th>
                  <td className="px-4 py-3">{client.dateOfBirth}</td>
                  <td className="px-4 py-3">{client.payerName ?? <strong>No payer</strong>}</td>
                  <td className="px-4 py-3">{client.memberId ?? "—"}</td>
                  <td className="px-4 py-3">{client.active ? "Active" : "Deactivated"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
