"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ClientSummary } from "@/db/clients";
import { ClientPicker } from "./client-picker";
import { StartSessionForm } from "./start-session-form";

type Props = { clients: ClientSummary[]; preselected: ClientSummary | null; defaultPlaceOfService: string };

/**
 * Two steps on one page: the client, then the contact. Kept as separate forms (not nested) so
 * the inline "new client" form can submit on its own.
 */
export function StartSessionFlow({ clients, preselected, defaultPlaceOfService }: Props) {
  const [client, setClient] = useState<ClientSummary | null>(preselected);
  if (!client) return <ClientPicker clients={clients} onChoose={setClient} />;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-md bg-slate-50 p-4">
        <p>
          <span className="font-semibold">Client:</span> {client.name} (born {client.dateOfBirth})
        </p>
        <Button variant="secondary" onClick={() => setClient(null)}>
          Change client
        </Button>
      </div>
      {/* Keyed by client so a change of client starts a clean form. */}
      <StartSessionForm key={client.id} clientId={client.id} defaultPlaceOfService={defaultPlaceOfService} />
    </div>
  );
}
