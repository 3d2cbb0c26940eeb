"use client";

import { Dialog } from "radix-ui";
import { type FormEvent, useRef, useState } from "react";
import { SIGN_IN_FAILED } from "@/lib/auth/sign-in-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { openSignInAgain, reportConnection, useConnection } from "./connection-store";

/**
 * Signing in again without leaving the page: the typed text stays in the page's memory while the
 * credentials go to next-auth's own endpoint (no redirect), and what waited is saved after.
 * The account is fixed to the one whose page this is: someone else's sign-in could not save it.
 */
export function SignInAgainDialog({ email }: { email: string }) {
  const { isSignInOpen } = useConnection();
  const passwordRef = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState("");
  const [isFailed, setFailed] = useState(false);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    setBusy(true);
    // next-auth's browser client only when someone signs in again: off every page's first load.
    const result = await import("next-auth/react").then(({ signIn }) => signIn("credentials", { email, password, redirect: false })).catch(() => null);
    setBusy(false);
    if (!result?.ok || result.error) {
      setFailed(true);
      if (!navigator.onLine) reportConnection("offline");
      return;
    }
    setPassword("");
    openSignInAgain(false);
    // Resumes what waited: autosave sends the kept text, actions can be tried again.
    reportConnection("ok");
  };

  return (
    <Dialog.Root open={isSignInOpen} onOpenChange={openSignInAgain}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-slate-900/60" />
        <Dialog.Content
          className="fixed left-1/2 top-1/2 z-50 w-[92vw] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl"
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            passwordRef.current?.focus();
          }}
        >
          <Dialog.Title className="text-lg font-bold">Sign in again</Dialog.Title>
          <Dialog.Description className="mt-2 text-slate-700">
            Your sign-in has ended. This page and your text stay as they are; after you sign in, what is not saved yet is saved.
          </Dialog.Description>
          <form method="post" aria-label="Sign in again" noValidate className="mt-4 space-y-4" onSubmit={(event) => void submit(event)}>
            {isFailed ? <Notice tone="error">{SIGN_IN_FAILED}</Notice> : null}
            <Field label="Email">
              <Input type="email" value={email} readOnly autoComplete="username" />
            </Field>
            <Field label="Password" required>
              <Input ref={passwordRef} type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
            </Field>
            <div className="flex flex-wrap justify-end gap-3">
              <Dialog.Close asChild>
                <Button variant="secondary">Not now</Button>
              </Dialog.Close>
              <Button type="submit" disabled={isBusy || password.length === 0}>
                {isBusy ? "Signing in…" : "Sign in"}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
