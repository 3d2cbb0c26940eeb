"use client";

import { useTickingNow } from "@/components/session/use-ticking-now";
import { elapsedSeconds, formatHms } from "@/lib/session/timer";

/** How long the running segment has been going, ticking every second. */
export function RunningElapsed({ startedAt }: { startedAt: string }) {
  const now = useTickingNow(true);
  return (
    <span role="timer" aria-label="Running for" className="font-mono tabular-nums">
      {formatHms(elapsedSeconds([{ start: startedAt, end: null }], now ?? 0))}
    </span>
  );
}
