"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setClientActiveAction } from "@/app/(app)/clients/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Deactivate (the client leaves the lists; notes stay) or reactivate, after a confirmation. */
export function ClientStatusControl({ client }: { client: { id: string; name: string; active: boolean } }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const toggle = () =>
    startTransition(async () => {
      setError(null);
      const question = client.active
        ? `Deactivate ${client.name}? They leave the client lists and no new crisis session can start for them. Their notes stay.`
        : `Reactivate ${client.name}?`;
      if (!window.confirm(question)) return;
      const result = await setClientActiveAction({ clientId: client.id, active: !client.active });
      if (!result.ok) setError(result.message);
      router.refresh();
    });
  return (
    <div className="space-y-2">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Button variant={client.active ? "danger" : "secondary"} onClick={toggle} disabled={pending}>
        {client.active ? "Deactivate client" : "Reactivate client"}
      </Button>
    </div>
  );
}
