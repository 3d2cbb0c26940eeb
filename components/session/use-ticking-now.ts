"use client";

import { useEffect, useState } from "react";

// Re-read four times a second: a whole-second display then lags the clock by at most a quarter.
const TICK_MS = 250;

/** Server time minus device time, measured once per page load (null until measured). */
let measuredOffset: number | null = null;
let measuring: Promise<void> | null = null;

/**
 * One round trip to the server's clock; its answer is taken as stamped halfway through, so the
 * error is at most half the round trip. Offline, the page's own estimate stays in use.
 */
function measureOffset(): Promise<void> {
  measuring ??= (async () => {
    try {
      const sent = Date.now();
      const response = await fetch("/api/clock", { cache: "no-store", credentials: "same-origin" });
      const received = Date.now();
      const body = (await response.json()) as { now?: unknown };
      if (response.ok && typeof body.now === "number") measuredOffset = body.now - (sent + received) / 2;
    } catch {
      // Offline or signed out: try again with the next page.
    } finally {
      measuring = null;
    }
  })();
  return measuring;
}

/**
 * The time now, re-read while `active`. Null until mounted, so the server render and hydration
 * agree; callers treat null as "no time has passed since the last stamp".
 *
 * With `serverNowMs` (the server's clock when it rendered the page) the device's clock is
 * corrected to the server's: segments are stamped by the server, and a tablet whose clock is ten
 * minutes fast must not show ten extra minutes. The page's stamp is a first estimate (off by the
 * time the page took to arrive); one round trip to the server's clock then replaces it.
 */
export function useTickingNow(active: boolean, serverNowMs?: number): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    let isCurrent = true;
    let offset = serverNowMs === undefined ? 0 : (measuredOffset ?? serverNowMs - Date.now());
    const tick = () => setNow(Date.now() + offset);
    if (serverNowMs !== undefined && measuredOffset === null) {
      void measureOffset().then(() => {
        if (!isCurrent || measuredOffset === null) return;
        offset = measuredOffset;
        tick();
      });
    }
    // First tick right away (not a tick late), then on while the timer runs.
    const first = setTimeout(tick, 0);
    const every = active ? setInterval(tick, TICK_MS) : undefined;
    return () => {
      isCurrent = false;
      clearTimeout(first);
      if (every !== undefined) clearInterval(every);
    };
  }, [active, serverNowMs]);
  return now;
}
