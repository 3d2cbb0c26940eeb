import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/card";
import { listPayers } from "@/db/payers";
import { RULE_SET_LABELS } from "@/lib/billing";
import { pageContext } from "@/server/context";

export const metadata: Metadata = { title: "Payers" };

export default async function PayersPage() {
  const ctx = await pageContext({ roles: ["admin"] });
  const payers = await listPayers(ctx);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <PageTitle>Payers</PageTitle>
        <Button asChild>
          <Link href="/admin/payers/new">Add payer</Link>
        </Button>
      </div>
      <p className="mb-4 text-slate-700">Each client&apos;s payer decides the rule set their crisis notes are billed under (BILLING-RULES §8).</p>
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left">
          <caption className="sr-only">Payers of the practice</caption>
          <thead className="bg-slate-100 text-sm">
            <tr>
              <th scope="col" className="px-4 py-3">Payer</th>
              <th scope="col" className="px-4 py-3">Rule set</th>
              <th scope="col" className="px-4 py-3">Clients</th>
              <th scope="col" className="px-4 py-3">Status</th>
            </tr>
          </thead>
          <tbody>
            {payers.map((payer) => (
              <tr key={payer.id} className="border-t border-slate-200">
                <th scope="row" className="px-4 py-3 font-medium">
                  <Link href={`/admin/payers/${payer.id}`} className="text-brand-700 underline">
                    {payer.name}
                  </Link>
                </th>
                <td className="px-4 py-3">{RULE_SET_LABELS[payer.ruleSet]}</td>
                <td className="px-4 py-3">{payer.clientCount}</td>
                <td className="px-4 py-3">{payer.active ? "Active" : "Deactivated"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
