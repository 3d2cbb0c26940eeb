"use client";

import { useRouter } from "next/navigation";
import dynamic from "next/dynamic";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { startTimerAction, stopTimerAction } from "@/app/(app)/sessions/actions";
import { BottomBar } from "@/components/connection/bottom-bar";
import { callAction } from "@/components/connection/call-action";
import { retryImport } from "@/components/connection/retry-import";
import { markCrisisTimer } from "@/components/layout/crisis-timer-flag";
import { Card } from "@/components/ui/card";
import type { SegmentView } from "@/db/session-access";
import { type ActionResult, isInterruption } from "@/lib/action-result";
import { elapsedSeconds, timerState } from "@/lib/session/timer";
import type { PayerInput } from "@/lib/billing";
import type { SessionMeta } from "@/lib/validation/session";
import { TimerBar } from "./timer-bar";
import { useTickingNow } from "./use-ticking-now";

// The billing engine loads after the page is usable: the timer's buttons do not need it.
const LiveLines = dynamic(() => retryImport(() => import("./live-lines")).then((m) => m.LiveLines), {
  ssr: false,
  loading: () => <p className="text-slate-700">Working out the billing lines…</p>,
});

type Props = {
  sessionId: string;
  segments: SegmentView[];
  timeZone: string;
  meta: SessionMeta;
  payer: PayerInput | undefined;
  payerName: string | null;
  sameDayCodes: readonly string[];
  /** The server's clock when it rendered the page: the live total corrects the device's clock by it. */
  serverNow: number;
};
type TimerAction = (input: { sessionId: string }) => Promise<ActionResult<null>>;
export type TimerCommand = "start" | "pause" | "stop";

const ACTIONS: Record<TimerCommand, TimerAction> = { start: startTimerAction, pause: stopTimerAction, stop: stopTimerAction };

/**
 * Start / Pause / Resume / Stop. Every button asks the server to open or close a segment, and
 * the display is rebuilt from the segments the server returns: a reload, a closed laptop or a
 * second device never loses time. Between clicks the clock (corrected to the server's) only
 * animates the total. The controls sit in a bar fixed to the bottom of the screen; the card
 * in the page shows what the time so far would bill.
 */
export function TimerPanel({ sessionId, segments, timeZone, meta, payer, payerName, sameDayCodes, serverNow }: Props) {
  const router = useRouter();
  const labelId = useId();
  const [error, setError] = useState<string | null>(null);
  const [isStopped, setStopped] = useState(false);
  const [isSending, setSending] = useState(false);
  const [isRefreshing, startRefresh] = useTransition();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const state = timerState(segments);
  const now = useTickingNow(state === "running", serverNow);
  // Before the first tick, "now" is the running segment's start: no hydration mismatch.
  const nowMs = now ?? 0;

  useEffect(() => {
    markCrisisTimer(state === "running");
    return () => markCrisisTimer(false);
  }, [state]);

  const run = async (command: TimerCommand) => {
    if (isSending || isRefreshing) return;
    setError(null);
    setSending(true);
    const result = await callAction(() => ACTIONS[command]({ sessionId }));
    setSending(false);
    // Stop's button goes away with the running segment: focus stays on the timer's main control.
    toggleRef.current?.focus();
    // Offline or signed out: nothing changed on the server, and a refresh now would reload the page.
    if (isInterruption(result)) return setError(result.message);
    if (result.ok) setStopped(command === "stop");
    else setError(result.message);
    // Also after a refusal: another device may have changed the timer meanwhile.
    startRefresh(() => router.refresh());
  };

  return (
    <>
      <Card aria-labelledby={`${labelId}-heading`}>
        <h2 id={`${labelId}-heading`} className="text-lg font-semibold">
          Billing for the time so far
        </h2>
        <p className="mt-1 text-sm text-slate-700">The timer and its buttons stay at the bottom of the screen while you write.</p>
        <div className="mt-4 space-y-2">
          <p className="text-sm text-slate-700">
            {payerName ? `Billed under ${payerName}'s rules.` : "No payer on the client's record: billed by CPT rules. Add the payer on the client's page."}
          </p>
          <LiveLines sessionId={sessionId} segments={segments} timeZone={timeZone} meta={meta} payer={payer} sameDayCodes={sameDayCodes} nowMs={nowMs} />
        </div>
      </Card>
      <BottomBar>
        <TimerBar
          state={state}
          isStopped={isStopped}
          isBusy={isSending || isRefreshing}
          elapsed={elapsedSeconds(segments, nowMs)}
          error={error}
          toggleRef={toggleRef}
          onCommand={(command) => void run(command)}
        />
      </BottomBar>
    </>
  );
}
