"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setPayerActiveAction } from "@/app/(app)/admin/payers/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** A payer is deactivated, never deleted: its clients and signed lines keep pointing at it. */
export function PayerStatusControl({ payer }: { payer: { id: string; name: string; active: boolean; clientCount: number } }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const toggle = () =>
    startTransition(async () => {
      setError(null);
      const question = payer.active
        ? `Deactivate ${payer.name}? It can no longer be chosen for a client. ${payer.clientCount} client(s) keep it until you change their payer.`
        : `Reactivate ${payer.name}?`;
      if (!window.confirm(question)) return;
      const result = await setPayerActiveAction({ payerId: payer.id, active: !payer.active });
      if (!result.ok) setError(result.message);
      router.refresh();
    });
  return (
    <div className="space-y-2">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Button variant={payer.active ? "danger" : "secondary"} onClick={toggle} disabled={pending}>
        {payer.active ? "Deactivate payer" : "Reactivate payer"}
      </Button>
    </div>
  );
}
