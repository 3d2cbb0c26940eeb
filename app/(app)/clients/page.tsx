import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { listMyClients } from "@/db/clients";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { pageContext } from "@/lib/server/context";
import { clientSearchSchema } from "@/lib/validation/client";

export const metadata: Metadata = { title: "Clients" };

export default async function ClientsPage({ searchParams }: { searchParams: Promise<{ query?: string | string[] }> }) {
  const ctx = await pageContext({ roles: CLINICAL_ROLES });
  const parsed = clientSearchSchema.safeParse({ query: (await searchParams).query });
  const query = parsed.success ? parsed.data.query : "";
  const clients = listMyClients(ctx, query);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <PageTitle>Clients</PageTitle>
        <Button asChild>
          <Link href="/clients/new">Add client</Link>
        </Button>
      </div>
      {/* A plain GET form: the search lives in the URL, works without JavaScript and runs on the server. */}
      <form role="search" action="/clients" className="mb-6 flex max-w-xl items-end gap-3">
        <div className="flex-1 space-y-1">
          <label htmlFor="client-search" className="block text-sm font-semibold">
            Search by name
          </label>
          <Input id="client-search" name="query" type="search" defaultValue={query} autoComplete="off" />
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      {clients.length === 0 ? (
        <p>{query ? `No clients match "${query}".` : "You have no clients yet. Add one to start a crisis session."}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
          <table className="w-full text-left">
            <caption className="sr-only">Your clients</caption>
            <thead className="bg-slate-100 text-sm">
              <tr>
                <th scope="col" className="px-4 py-3">Name</th>
                <th scope="col" className="px-4 py-3">Date of birth</th>
                <th scope="col" className="px-4 py-3">External id / MRN</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((client) => (
                <tr key={client.id} className="border-t border-slate-200">
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={`/clients/${client.id}`} className="text-brand-700 underline">
                      {client.name}
                    </Link>
                  </th>
                  <td className="px-4 py-3">{client.dateOfBirth}</td>
                  <td className="px-4 py-3">{client.externalId ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
