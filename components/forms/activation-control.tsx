"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/action-result";

type Props = {
  isActive: boolean;
  /** "Deactivate client" / "Reactivate client", and the question asked before each. */
  labels: { deactivate: string; reactivate: string };
  confirm: { deactivate: string; reactivate: string };
  setActive: (active: boolean) => Promise<ActionResult<null>>;
};

/** Deactivate or reactivate a record after a confirmation: records are deactivated, never deleted. */
export function ActivationControl({ isActive, labels, confirm, setActive }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const toggle = () =>
    startTransition(async () => {
      setError(null);
      if (!window.confirm(isActive ? confirm.deactivate : confirm.reactivate)) return;
      const result = await setActive(!isActive);
      if (!result.ok) setError(result.message);
      router.refresh();
    });
  return (
    <div className="space-y-2">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Button variant={isActive ? "danger" : "secondary"} onClick={toggle} disabled={pending}>
        {isActive ? labels.deactivate : labels.reactivate}
      </Button>
    </div>
  );
}
