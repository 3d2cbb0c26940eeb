import type { Metadata } from "next";
import Link from "next/link";
import { type SignInRow, SignInsList } from "@/components/account/sign-ins-list";
import { Card, PageTitle } from "@/components/ui/card";
import { requestPracticeSettings } from "@/server/practice-settings";
import { listMySignIns } from "@/db/sign-ins";
import { formatInstant } from "@/lib/time/format";
import { pageContext } from "@/server/context";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const ctx = await pageContext();
  const timeZone = (await requestPracticeSettings())?.timeZone ?? "UTC";
  const signIns: SignInRow[] = (await listMySignIns(ctx)).map((signIn) => ({
    id: signIn.id,
    started: formatInstant(signIn.startedAt, timeZone),
    lastSeen: signIn.lastSeenAt ? formatInstant(signIn.lastSeenAt, timeZone) : "not yet",
    device: signIn.device ?? "Unknown browser",
    isCurrent: signIn.isCurrent,
  }));
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle>Your account</PageTitle>
      <Card aria-labelledby="sign-ins-heading" className="space-y-4">
        <h2 id="sign-ins-heading" className="text-lg font-semibold">
          Your sign-ins
        </h2>
        <p className="text-sm text-slate-700">
          Where you are signed in now. If you see one you do not recognise, end it and change your password.
        </p>
        <SignInsList signIns={signIns} />
      </Card>
      <p>
        <Link href="/account/password" className="text-brand-700 underline">
          Change your password
        </Link>
      </p>
    </div>
  );
}
