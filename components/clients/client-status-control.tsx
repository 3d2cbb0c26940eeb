"use client";

import { setClientActiveAction } from "@/app/(app)/clients/actions";
import { ActivationControl } from "@/components/forms/activation-control";

/** Deactivate (the client leaves the lists; notes stay) or reactivate, after a confirmation. */
export function ClientStatusControl({ client }: { client: { id: string; name: string; active: boolean } }) {
  return (
    <ActivationControl
      isActive={client.active}
      labels={{ deactivate: "Deactivate client", reactivate: "Reactivate client" }}
      confirm={{
        deactivate: `Deactivate ${client.name}? They leave the client lists and no new crisis session can start for them. Their notes stay.`,
        reactivate: `Reactivate ${client.name}?`,
      }}
      setActive={(active) => setClientActiveAction({ clientId: client.id, active })}
    />
  );
}
