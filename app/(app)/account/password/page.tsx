import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { pageContext } from "@/server/context";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await pageContext({ allowPendingPasswordChange: true });
  const { next } = await searchParams;
  return (
    <Card className="max-w-xl">
      <PageTitle>Change password</PageTitle>
      {actor.mustChangePassword ? (
        <Notice tone="info" className="mb-6">
          You signed in with a temporary password. Choose your own password to continue.
        </Notice>
      ) : null}
      {/* After a forced change the user goes on to where they were going (checked in the form). */}
      <ChangePasswordForm continueTo={actor.mustChangePassword ? (typeof next === "string" ? next : "/") : null} />
    </Card>
  );
}
