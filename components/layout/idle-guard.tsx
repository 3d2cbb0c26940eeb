"use client";

import { AlertDialog } from "radix-ui";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { endSession, isStillSignedIn, keepSessionAlive, signInPageAfter } from "@/components/auth/sign-in-session";
import { openSignInAgain, reportConnection } from "@/components/connection/connection-store";
import { isCrisisTimerRunning } from "./crisis-timer-flag";

const STORAGE_KEY = "crisisnote:last-activity";
const WARNING_MS = 60_000;
// The server-side session is extended at most this often while the user is active.
const REFRESH_EVERY_MS = 30_000;
const ACTIVITY_EVENTS = ["pointerdown", "keydown", "scroll", "touchstart", "mousemove"] as const;

function readLastActivity(): number {
  const stored = Number(window.localStorage.getItem(STORAGE_KEY));
  return Number.isFinite(stored) && stored > 0 ? stored : Date.now();
}

/** The warning: counting down, or (a crisis timer running) waiting past the time-out for an answer. */
type Warning = { kind: "counting"; secondsLeft: number } | { kind: "overdue"; idleMinutes: number };

/**
 * Automatic log-off (ONC §170.315(d)(5)): after the practice's idle time-out the user is signed
 * out, with a one-minute warning first. Activity in any tab counts for all tabs (localStorage).
 *
 * While a crisis timer runs on the page, the browser does not sign out by itself: the warning
 * covers the page (hiding the note) and waits, so a clinician talking to a client loses neither
 * the page nor the text. The server still ends the sign-in after the time-out (the cookie is not
 * refreshed without activity); "Stay signed in" then asks to sign in again, on the page.
 */
export function IdleGuard({ timeoutMinutes }: { timeoutMinutes: number }) {
  const timeoutMs = timeoutMinutes * 60_000;
  const [warning, setWarning] = useState<Warning | null>(null);
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
    setWarning(null);
  }, [recordActivity]);

  /** "Stay signed in", Escape, or a click outside: the safe answer during a crisis call. */
  const stay = useCallback(() => {
    const wasOverdue = readLastActivity() + timeoutMs <= Date.now();
    lastRefresh.current = 0;
    markActive();
    if (!wasOverdue) return;
    // Past the time-out the server may have ended the sign-in: then sign in again, on this page.
    void isStillSignedIn().then((signedIn) => {
      if (signedIn) return;
      reportConnection("signed-out");
      openSignInAgain(true);
    });
  }, [markActive, timeoutMs]);

  useEffect(() => {
    recordActivity();
    const onActivity = () => {
      // Once the warning asks, only its buttons answer: otherwise moving the pointer towards
      // a button would dismiss the dialog before the click (activity in another tab still
      // closes it through the shared timestamp).
      if (warningOpen.current) return;
      if (Date.now() - readLastActivity() > 1_000) markActive();
    };
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, onActivity, { passive: true });
    const timer = window.setInterval(() => {
      const idleMs = Date.now() - readLastActivity();
      const remaining = timeoutMs - idleMs;
      if (remaining <= 0 && isCrisisTimerRunning()) {
        warningOpen.current = true;
        setWarning({ kind: "overdue", idleMinutes: Math.floor(idleMs / 60_000) });
        return;
      }
      if (remaining <= 0) {
        if (!signingOut.current) {
          signingOut.current = true;
          void endSession(signInPageAfter("idle"));
        }
        return;
      }
      warningOpen.current = remaining <= WARNING_MS;
      setWarning(warningOpen.current ? { kind: "counting", secondsLeft: Math.ceil(remaining / 1000) } : null);
    }, 1_000);
    return () => {
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, onActivity);
      window.clearInterval(timer);
    };
  }, [markActive, recordActivity, timeoutMs]);

  const isOverdue = warning?.kind === "overdue";
  return (
    <AlertDialog.Root
      open={warning !== null}
      onOpenChange={(open) => {
        if (!open) stay();
      }}
    >
      <AlertDialog.Portal>
        {/* Past the time-out the backdrop is opaque: the note is not on view to a passer-by. */}
        <AlertDialog.Overlay className={isOverdue ? "fixed inset-0 z-50 bg-slate-900" : "fixed inset-0 z-50 bg-slate-900/50"} />
        <AlertDialog.Content
          className="fixed left-1/2 top-1/2 z-50 w-[90vw] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl"
          onEscapeKeyDown={(event) => {
            event.preventDefault();
            stay();
          }}
        >
          <AlertDialog.Title className="text-lg font-bold">Are you still there?</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-slate-700">
            {warning?.kind === "overdue"
              ? `No activity for ${warning.idleMinutes} minutes. A crisis timer is running, so this page and your text stay here until you answer; the timer keeps running.`
              : `To protect client information you will be signed out in ${warning?.secondsLeft ?? 0} seconds.`}
          </AlertDialog.Description>
          <div className="mt-6 flex flex-wrap justify-end gap-3">
            {/* Radix focuses Cancel when the dialog opens: staying is the default answer. */}
            <AlertDialog.Action asChild>
              <Button
                variant="secondary"
                onClick={(event) => {
                  // Not "close the dialog" (which answers "stay"): the page is left instead.
                  event.preventDefault();
                  void endSession(signInPageAfter("signed_out"));
                }}
              >
                Sign out now
              </Button>
            </AlertDialog.Action>
            <AlertDialog.Cancel asChild>
              <Button>Stay signed in</Button>
            </AlertDialog.Cancel>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
