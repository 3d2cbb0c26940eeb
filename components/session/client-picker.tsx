"use client";

import { useState } from "react";
import { CreateClientForm } from "@/components/clients/create-client-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import type { ClientSummary } from "@/db/clients";

type Props = { clients: ClientSummary[]; onChoose: (client: ClientSummary) => void };

/**
 * Choose one of my clients or add one without leaving the page: in a crisis the client may be
 * new, and losing the page to a detour costs minutes.
 */
export function ClientPicker({ clients, onChoose }: Props) {
  const [selectedId, setSelectedId] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const choose = () => {
    const client = clients.find((c) => c.id === selectedId);
    if (client) onChoose(client);
    else setError("Choose a client, or add a new one below.");
  };
  return (
    <div className="space-y-6">
      {clients.length > 0 ? (
        <section aria-labelledby="existing-client-heading" className="space-y-3">
          <h2 id="existing-client-heading" className="text-lg font-semibold">
            Existing client
          </h2>
          <div className="flex flex-wrap items-end gap-3">
            <div className="min-w-64 flex-1">
              <Field label="Client" error={error} hint="Type the first letters of a name to jump to it.">
                <Select value={selectedId} onChange={(event) => setSelectedId(event.target.value)}>
                  <option value="">Choose a client…</option>
                  {clients.map((client) => (
                    <option key={client.id} value={client.id}>
                      {client.name} (born {client.dateOfBirth})
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <Button onClick={choose}>Use this client</Button>
          </div>
        </section>
      ) : null}
      <section aria-labelledby="new-client-heading" className="space-y-3 rounded-md bg-slate-50 p-4">
        <h2 id="new-client-heading" className="text-lg font-semibold">
          New client
        </h2>
        <CreateClientForm onCreated={onChoose} withExternalId={false} submitLabel="Add client and continue" />
      </section>
    </div>
  );
}
