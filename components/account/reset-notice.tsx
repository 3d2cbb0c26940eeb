"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { acknowledgeResetNoticeAction } from "@/app/(app)/account/actions";
import { Button } from "@/components/ui/button";

/**
 * Tells the user plainly that an admin reset their password, who and when: an admin who resets a
 * password could have signed in as them. Stays until the user says they have read it.
 */
export function ResetNotice({ resetByName, resetAt }: { resetByName: string | null; resetAt: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const acknowledge = async () => {
    setBusy(true);
    await acknowledgeResetNoticeAction({});
    setBusy(false);
    router.refresh();
  };
  return (
    <section aria-labelledby="reset-notice-heading" className="mb-6 rounded-md border-l-4 border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">
      <h2 id="reset-notice-heading" className="font-bold">
        An admin reset your password
      </h2>
      <p className="mt-1">
        {`${resetByName ?? "A practice admin"} reset your password on ${resetAt}. You have now chosen your own. If you did not ask for this reset, tell your practice's privacy or security officer: the admin could have signed in as you with the temporary password.`}
      </p>
      <Button variant="secondary" className="mt-3" disabled={busy} onClick={() => void acknowledge()}>
        I have read this
      </Button>
    </section>
  );
}
