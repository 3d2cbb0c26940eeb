"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** This device's time zone (null while rendering on the server). */
export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
}
