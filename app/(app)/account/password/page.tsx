import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { pageContext } from "@/server/context";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const { actor } = await pageContext({ allowPendingPasswordChange: true });
  return (
    <Card className="max-w-xl">
      <PageTitle>Change password</PageTitle>
      {actor.mustChangePassword ? (
        <Notice tone="info" className="mb-6">
          You signed in with a temporary password. Choose your own password to continue.
        </Notice>
      ) : null}
      <ChangePasswordForm />
    </Card>
  );
}
