"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { endOtherSignInsAction, endSignInAction } from "@/app/(app)/account/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

export type SignInRow = { id: string; started: string; lastSeen: string; device: string; isCurrent: boolean };

/** The user's open sign-ins; any other one can be ended, or all others at once. */
export function SignInsList({ signIns }: { signIns: SignInRow[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const others = signIns.filter((signIn) => !signIn.isCurrent);

  const run = async (work: () => Promise<{ ok: true } | { ok: false; message: string }>, done: string) => {
    setBusy(true);
    setMessage(null);
    const result = await work();
    setBusy(false);
    setMessage(result.ok ? { tone: "success", text: done } : { tone: "error", text: result.message });
    router.refresh();
  };

  return (
    <div className="space-y-4">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <ul aria-label="Your sign-ins" className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
        {signIns.map((signIn) => (
          <li key={signIn.id} aria-label={`${signIn.device}, started ${signIn.started}`} className="flex flex-wrap items-center justify-between gap-3 p-4">
            <div>
              <p className="font-semibold">
                {signIn.device}
                {signIn.isCurrent ? <span className="ml-2 rounded-full bg-green-100 px-2 py-0.5 text-sm text-green-900">This browser</span> : null}
              </p>
              <p className="text-sm text-slate-700">{`Started ${signIn.started} · last active ${signIn.lastSeen}`}</p>
            </div>
            {signIn.isCurrent ? null : (
              <Button
                variant="secondary"
                disabled={busy}
                onClick={() => void run(() => endSignInAction({ signInId: signIn.id }), "That sign-in has ended: its browser is signed out.")}
              >
                End this sign-in
              </Button>
            )}
          </li>
        ))}
      </ul>
      {others.length > 0 ? (
        <Button variant="danger" disabled={busy} onClick={() => void run(() => endOtherSignInsAction({}), "Every other sign-in has ended.")}>
          End all other sign-ins
        </Button>
      ) : (
        <p>You are not signed in anywhere else.</p>
      )}
    </div>
  );
}
