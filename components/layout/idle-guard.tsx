"use client";

import { AlertDialog } from "radix-ui";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { endSession, keepSessionAlive } from "@/components/auth/sign-in-session";

const STORAGE_KEY = "crisisnote:last-activity";
const WARNING_MS = 60_000;
// The server-side session is extended at most this often while the user is active.
const REFRESH_EVERY_MS = 30_000;
const ACTIVITY_EVENTS = ["pointerdown", "keydown", "scroll", "touchstart", "mousemove"] as const;

function readLastActivity(): number {
  const stored = Number(window.localStorage.getItem(STORAGE_KEY));
  return Number.isFinite(stored) && stored > 0 ? stored : Date.now();
}

/**
 * Automatic log-off (ONC §170.315(d)(5)): after the practice's idle time-out the user is signed
 * out, with a one-minute warning first. Activity in any tab counts for all tabs (localStorage).
 */
export function IdleGuard({ timeoutMinutes }: { timeoutMinutes: number }) {
  const timeoutMs = timeoutMinutes * 60_000;
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const lastRefresh = useRef(0);
  const signingOut = useRef(false);
  const warningOpen = useRef(false);

  const recordActivity = useCallback(() => {
    const now = Date.now();
    window.localStorage.setItem(STORAGE_KEY, String(now));
    // Fetching the session re-issues the cookie with a fresh expiry: the server-side half.
    if (now - lastRefresh.current > REFRESH_EVERY_MS) {
      lastRefresh.current = now;
      keepSessionAlive();
    }
  }, []);

  const markActive = useCallback(() => {
    recordActivity();
    warningOpen.current = false;
    setSecondsLeft(null);
  }, [recordActivity]);

  useEffect(() => {
    recordActivity();
    const onActivity = () => {
      // Once the warning asks, only its buttons answer: otherwise moving the pointer towards
      // "Sign out now" would dismiss the dialog before the click (activity in another tab
      // still closes it through the shared timestamp).
      if (warningOpen.current) return;
      if (Date.now() - readLastActivity() > 1_000) markActive();
    };
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, onActivity, { passive: true });
    const timer = window.setInterval(() => {
      const remaining = readLastActivity() + timeoutMs - Date.now();
      if (remaining <= 0) {
        if (!signingOut.current) {
          signingOut.current = true;
          void endSession("/login?reason=idle");
        }
        return;
      }
      warningOpen.current = remaining <= WARNING_MS;
      setSecondsLeft(warningOpen.current ? Math.ceil(remaining / 1000) : null);
    }, 1_000);
    return () => {
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, onActivity);
      window.clearInterval(timer);
    };
  }, [markActive, recordActivity, timeoutMs]);

  return (
    <AlertDialog.Root open={secondsLeft !== null}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-slate-900/50" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 w-[90vw] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-bold">Are you still there?</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-slate-700">
            To protect client information you will be signed out in {secondsLeft ?? 0} seconds.
          </AlertDialog.Description>
          <div className="mt-6 flex justify-end gap-3">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary" onClick={() => void endSession("/login?reason=signed_out")}>
                Sign out now
              </Button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <Button
                onClick={() => {
                  lastRefresh.current = 0;
                  markActive();
                }}
              >
                Stay signed in
              </Button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
