"use client";

import { useEffect, useState } from "react";

/**
 * The time now, re-read every second while `active`. Null until mounted, so the server render
 * and hydration agree; callers treat null as "no time has passed since the last stamp".
 *
 * With `serverNowMs` (the server's clock when it rendered the page) the device's clock is
 * corrected by the difference: segments are stamped by the server, and a tablet whose clock is
 * ten minutes fast must not show ten extra minutes. The difference is taken when the page (or a
 * refresh after a timer click) arrives, so it is off by that response's travel time at most.
 */
export function useTickingNow(active: boolean, serverNowMs?: number): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const offset = serverNowMs === undefined ? 0 : serverNowMs - Date.now();
    const tick = () => setNow(Date.now() + offset);
    // First tick right away (not a second late), then every second while the timer runs.
    const first = setTimeout(tick, 0);
    const every = active ? setInterval(tick, 1000) : undefined;
    return () => {
      clearTimeout(first);
      if (every !== undefined) clearInterval(every);
    };
  }, [active, serverNowMs]);
  return now;
}
