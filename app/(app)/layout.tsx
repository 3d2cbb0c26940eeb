import type { ReactNode } from "react";
import { ResetNotice } from "@/components/account/reset-notice";
import { AppHeader } from "@/components/layout/app-header";
import { IdleGuard } from "@/components/layout/idle-guard";
import { formatInstant } from "@/lib/time/format";
import { pageContext, requestSignedInArea } from "@/server/context";
import { requestPracticeSettings } from "@/server/practice-settings";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const ctx = await pageContext({ allowPendingPasswordChange: true });
  // Both read once per request, shared with the page (the dashboard shows the same badge).
  const settings = await requestPracticeSettings();
  const area = await requestSignedInArea();
  const reviewCount = area.reviewCount;
  // Told after the user has chosen their own password, on whichever page that leads to.
  const resetNotice = ctx.actor.mustChangePassword ? null : area.resetNotice;
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <AppHeader actor={ctx.actor} practiceName={settings?.name ?? ""} reviewCount={reviewCount} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {resetNotice ? <ResetNotice resetByName={resetNotice.resetByName} resetAt={formatInstant(resetNotice.resetAt, settings?.timeZone ?? "UTC")} /> : null}
        {children}
      </main>
      <IdleGuard timeoutMinutes={settings?.idleTimeoutMinutes ?? 15} />
    </>
  );
}
