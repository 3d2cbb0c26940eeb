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
import { type SignInInput, signInSchema } from "@/lib/validation/auth";

// One message for every failure: it must not tell whether the account exists, is locked or is
// deactivated (no account enumeration). The audit trail records the real reason.
export const SIGN_IN_FAILED =
  "Sign-in failed. Check your email and password. After 5 failed attempts an account is locked for a while; your practice admin can reset it.";

export function SignInForm({ notice, callbackUrl }: { notice: string | undefined; callbackUrl: string | undefined }) {
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
    mode: "onSubmit",
  });

  const onSubmit = handleSubmit(async (values) => {
    setFailed(false);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFailed(true);
      return;
    }
    router.replace(safeRedirectPath(callbackUrl, window.location.origin));
    router.refresh();
  });

  return (
    <form method="post" onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-5" aria-label="Sign in">
      {notice ? <Notice tone="info">{notice}</Notice> : null}
      {failed ? <Notice tone="error">{SIGN_IN_FAILED}</Notice> : null}
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
