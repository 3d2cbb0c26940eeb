"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resetPasswordAction, setUserActiveAction } from "@/app/(app)/admin/users/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { UserSummary } from "@/db/users";
import { TemporaryPassword } from "./temporary-password";

/** Deactivate/reactivate and password reset: each is one deliberate click with a confirmation. */
export function AccountControls({ user, isSelf }: { user: UserSummary; isSelf: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [temporaryPassword, setTemporaryPassword] = useState<string | null>(null);

  const toggleActive = () =>
    startTransition(async () => {
      setError(null);
      const verb = user.active ? "Deactivate" : "Reactivate";
      if (!window.confirm(`${verb} ${user.name}?`)) return;
      // A temporary password made before is no use to a deactivated account: never leave it on screen.
      setTemporaryPassword(null);
      const result = await setUserActiveAction({ userId: user.id, active: !user.active });
      if (!result.ok) setError(result.message);
      router.refresh();
    });

  const reset = () =>
    startTransition(async () => {
      setError(null);
      if (!window.confirm(`Give ${user.name} a new temporary password? Their current password stops working.`)) return;
      const result = await resetPasswordAction({ userId: user.id });
      if (result.ok) setTemporaryPassword(result.data.temporaryPassword);
      else setError(result.message);
      router.refresh();
    });

  return (
    <Card aria-labelledby="account-heading" className="space-y-4">
      <h2 id="account-heading" className="text-lg font-semibold">
        Account
      </h2>
      <p>
        Status: <strong>{user.active ? (user.locked ? "active, locked after failed sign-ins" : "active") : "deactivated"}</strong>
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {temporaryPassword ? <TemporaryPassword name={user.name} password={temporaryPassword} /> : null}
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={reset} disabled={pending}>
          Reset password
        </Button>
        {isSelf ? null : (
          <Button variant={user.active ? "danger" : "secondary"} onClick={toggleActive} disabled={pending}>
            {user.active ? "Deactivate user" : "Reactivate user"}
          </Button>
        )}
      </div>
    </Card>
  );
}
