"use client";

import { useMemo, useSyncExternalStore } from "react";
import { billingInputsOf, subscribeBillingInputs } from "@/components/note/live-note-inputs";
import type { SegmentView } from "@/db/session-access";
import type { PayerInput } from "@/lib/billing";
import { liveBilling } from "@/lib/session/live-billing";
import type { SessionMeta } from "@/lib/validation/session";
import { LiveBillingView } from "./live-billing";

type Props = {
  sessionId: string;
  segments: readonly SegmentView[];
  timeZone: string;
  meta: Omit<SessionMeta, "audioOnlyReason">;
  payer: PayerInput | undefined;
  sameDayCodes: readonly string[];
  /** The timer's clock, corrected to the server's. */
  nowMs: number;
};

/**
 * What the time so far would bill, by the same engine the sign action uses. Loaded with the
 * billing engine after the note page is usable (timer-panel.tsx).
 */
export function LiveLines({ sessionId, segments, timeZone, meta, payer, sameDayCodes, nowMs }: Props) {
  // The note form's contact details and same-day services as they are being edited (published
  // by the form, which does not re-render for it); the stored ones until the form is up.
  const edited = useSyncExternalStore(subscribeBillingInputs, () => billingInputsOf(sessionId), () => undefined);
  const billingMeta = edited?.meta ?? meta;
  const billingSameDayCodes = edited?.sameDayCodes ?? sameDayCodes;
  // The lines change by the minute: computed once a second, not on every tick of the display.
  const billingNowMs = Math.floor(nowMs / 1000) * 1000;
  const live = useMemo(
    () => liveBilling({ segments, timeZone, nowMs: billingNowMs, meta: billingMeta, payer, sameDayCodes: billingSameDayCodes }),
    [segments, timeZone, billingNowMs, billingMeta, payer, billingSameDayCodes],
  );
  return <LiveBillingView live={live} />;
}
