"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { startTimerAction, stopTimerAction } from "@/app/(app)/sessions/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { SegmentView } from "@/db/session-access";
import type { ActionResult } from "@/lib/action-result";
import { elapsedSeconds, formatHms, liveBilling, timerState } from "@/lib/session/timer";
import type { PayerInput } from "@/lib/billing";
import type { SessionMeta } from "@/lib/validation/session";
import { LiveBillingView } from "./live-billing";
import { useTickingNow } from "./use-ticking-now";

type Props = {
  sessionId: string;
  segments: SegmentView[];
  timeZone: string;
  meta: SessionMeta;
  payer: PayerInput | undefined;
  payerName: string | null;
  sameDayCodes: readonly string[];
};
type TimerAction = (input: { sessionId: string }) => Promise<ActionResult<null>>;

const STATE_TEXT = { idle: "Not started", running: "Running", paused: "Paused" } as const;

/**
 * Start / Pause / Resume / Stop. Every button asks the server to open or close a segment, and
 * the display is rebuilt from the segments the server returns: a reload, a closed laptop or a
 * second device never loses time. Between clicks the browser's clock only animates the total.
 */
export function TimerPanel({ sessionId, segments, timeZone, meta, payer, payerName, sameDayCodes }: Props) {
  const router = useRouter();
  const labelId = useId();
  const [error, setError] = useState<string | null>(null);
  const [stopped, setStopped] = useState(false);
  const [pending, startTransition] = useTransition();
  const state = timerState(segments);
  const now = useTickingNow(state === "running");
  // Before the first tick, "now" is the running segment's start: no hydration mismatch.
  const nowMs = now ?? 0;

  const run = (action: TimerAction, options: { stopping: boolean }) =>
    startTransition(async () => {
      setError(null);
      const result = await action({ sessionId });
      if (result.ok) setStopped(options.stopping);
      else setError(result.message);
      // Also after a refusal: another device may have changed the timer meanwhile.
      router.refresh();
    });

  const live = liveBilling({ segments, timeZone, nowMs, meta, payer, sameDayCodes });
  const status = state === "paused" && stopped ? "Stopped" : STATE_TEXT[state];

  return (
    <Card aria-labelledby={`${labelId}-heading`}>
      <h2 id={`${labelId}-heading`} className="text-lg font-semibold">
        Face-to-face time
      </h2>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <div className="space-y-4">
          <p className="flex items-baseline gap-3">
            <span id={`${labelId}-total`} className="text-sm font-semibold text-slate-700">
              Total time
            </span>
            <span role="timer" aria-labelledby={`${labelId}-total`} className="font-mono text-4xl font-bold tabular-nums">
              {formatHms(elapsedSeconds(segments, nowMs))}
            </span>
          </p>
          <p className="text-sm text-slate-700">
            Timer: <strong>{status}</strong>
            {state === "paused" ? " — time between segments is not counted." : null}
          </p>
          <div className="flex flex-wrap gap-3">
            {state === "idle" ? (
              <Button onClick={() => run(startTimerAction, { stopping: false })} disabled={pending}>
                Start timer
              </Button>
            ) : null}
            {state === "running" ? (
              <>
                <Button variant="secondary" onClick={() => run(stopTimerAction, { stopping: false })} disabled={pending}>
                  Pause
                </Button>
                <Button variant="danger" onClick={() => run(stopTimerAction, { stopping: true })} disabled={pending}>
                  Stop
                </Button>
              </>
            ) : null}
            {state === "paused" ? (
              <Button onClick={() => run(startTimerAction, { stopping: false })} disabled={pending}>
                Resume
              </Button>
            ) : null}
          </div>
          {error ? <Notice tone="error">{error}</Notice> : null}
        </div>
        <div className="space-y-2">
          <p className="text-sm text-slate-700">
            {payerName ? `Billed under ${payerName}'s rules.` : "No payer on the client's record: billed by CPT rules. Add the payer on the client's page."}
          </p>
          <LiveBillingView live={live} />
        </div>
      </div>
    </Card>
  );
}
