"use client";

import { useEffect, useState } from "react";

/**
 * The browser's clock, re-read every second while `active`. Null until mounted, so the server
 * render and hydration agree; callers treat null as "no time has passed since the last stamp".
 */
export function useTickingNow(active: boolean): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    // First tick right away (not a second late), then every second while the timer runs.
    const first = setTimeout(tick, 0);
    const every = active ? setInterval(tick, 1000) : undefined;
    return () => {
      clearTimeout(first);
      if (every !== undefined) clearInterval(every);
    };
  }, [active]);
  return now;
}
