"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { searchClientsAction } from "@/app/(app)/clients/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import type { ClientSummary } from "@/db/clients";

/**
 * Searches on the server through an action, never through the URL: a client's name in a query
 * string would end up in browser history and server logs.
 */
export function ClientSearch({ initialClients }: { initialClients: ClientSummary[] }) {
  const [query, setQuery] = useState("");
  const [clients, setClients] = useState(initialClients);
  const [searched, setSearched] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const search = (query: string) =>
    startTransition(async () => {
      const result = await searchClientsAction({ query });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setError(null);
      setClients(result.data);
      setSearched(query.trim() || null);
    });

  return (
    <>
      <form
        role="search"
        method="post"
        className="mb-6 flex max-w-xl items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          search(query);
        }}
      >
        <div className="flex-1 space-y-1">
          <label htmlFor="client-search" className="block text-sm font-semibold">
            Search by name
          </label>
          <Input
            id="client-search"
            name="query"
            type="search"
            autoComplete="off"
            maxLength={120}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          Search
        </Button>
      </form>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div aria-live="polite">
        {clients.length === 0 ? (
          <p>{searched ? `No clients match “${searched}”.` : "You have no clients yet. Add one to start a crisis session."}</p>
        ) : (
          <ClientTable clients={clients} />
        )}
      </div>
    </>
  );
}

function ClientTable({ clients }: { clients: ClientSummary[] }) {
  return (
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
  );
}
