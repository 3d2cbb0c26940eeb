"use client";

import { setPayerActiveAction } from "@/app/(app)/admin/payers/actions";
import { ActivationControl } from "@/components/forms/activation-control";

/** A payer is deactivated, never deleted: its clients and signed lines keep pointing at it. */
export function PayerStatusControl({ payer }: { payer: { id: string; name: string; active: boolean; clientCount: number } }) {
  return (
    <ActivationControl
      isActive={payer.active}
      labels={{ deactivate: "Deactivate payer", reactivate: "Reactivate payer" }}
      confirm={{
        deactivate: `Deactivate ${payer.name}? It can no longer be chosen for a client. ${payer.clientCount} client(s) keep it until you change their payer.`,
        reactivate: `Reactivate ${payer.name}?`,
      }}
      setActive={(active) => setPayerActiveAction({ payerId: payer.id, active })}
    />
  );
}
