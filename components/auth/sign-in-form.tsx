"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { SIGN_IN_FAILED, type SignInRefusal, parseSignInError, waitInWords } from "@/lib/auth/sign-in-errors";
import { type SignInInput, signInSchema } from "@/lib/validation/auth";


/** The time on this device's clock after `waitSeconds`, e.g. "9:42 PM". */
function clockTimeAfter(waitSeconds: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" }).format(new Date(Date.now() + waitSeconds * 1000));
}

function refusalMessage(refusal: SignInRefusal): string {
  if (refusal.kind === "failed") return SIGN_IN_FAILED;
  const when = `${clockTimeAfter(refusal.waitSeconds)} (${waitInWords(refusal.waitSeconds)})`;
  if (refusal.kind === "locked") {
    return `This account is locked after too many failed sign-ins. You can try again after ${when}, or ask your practice admin to reset your password.`;
  }
  return `Too many failed sign-ins from this network. Sign-in is paused; you can try again after ${when}.`;
}

export function SignInForm({ notice, callbackUrl }: { notice: string | undefined; callbackUrl: string | undefined }) {
  const router = useRouter();
  const [refusal, setRefusal] = useState<SignInRefusal | null>(null);
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
    mode: "onSubmit",
  });

  const onSubmit = handleSubmit(async (values) => {
    setRefusal(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setRefusal(parseSignInError(result?.error));
      return;
    }
    router.replace(safeRedirectPath(callbackUrl, window.location.origin));
    router.refresh();
  });

  return (
    <form method="post" onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-5" aria-label="Sign in">
      {notice ? <Notice tone="info">{notice}</Notice> : null}
      {refusal ? <Notice tone="error">{refusalMessage(refusal)}</Notice> : null}
      <Field label="Email" required error={formState.errors.email?.message}>
        <Input type="email" autoComplete="username" autoFocus {...register("email")} />
      </Field>
      <Field label="Password" required error={formState.errors.password?.message}>
        <Input type="password" autoComplete="current-password" {...register("password")} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting} className="w-full">
        {formState.isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
