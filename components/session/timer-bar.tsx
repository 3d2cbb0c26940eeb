"use client";

import { type RefObject, useId } from "react";
import { Button } from "@/components/ui/button";
import { formatHms } from "@/lib/session/timer";
import type { TimerCommand } from "./timer-panel";

type Props = {
  state: "idle" | "running" | "paused";
  isStopped: boolean;
  isBusy: boolean;
  elapsed: number;
  error: string | null;
  toggleRef: RefObject<HTMLButtonElement | null>;
  onCommand: (command: TimerCommand) => void;
};

const TOGGLE = {
  idle: { label: "Start timer", command: "start" },
  running: { label: "Pause", command: "pause" },
  paused: { label: "Resume", command: "start" },
} as const;

/**
 * The compact timer: total, state, Pause/Resume and Stop. One toggle button changes its label, so
 * focus stays on it across clicks. Stop ends the session's time (the closing time of the
 * contact) and looks unlike Pause; Resume stays possible if the contact goes on. Busy buttons are
 * aria-disabled rather than disabled: a disabled button drops focus to the page.
 */
export function TimerBar({ state, isStopped, isBusy, elapsed, error, toggleRef, onCommand }: Props) {
  const id = useId();
  const toggle = TOGGLE[state];
  const status = state === "running" ? "Running" : state === "idle" ? "Not started" : isStopped ? "Stopped" : "Paused";
  const detail =
    state === "paused" ? (isStopped ? " — the session's time has ended. Resume if the contact goes on." : " — time between segments is not counted.") : "";
  const click = (command: TimerCommand) => () => {
    if (!isBusy) onCommand(command);
  };
  return (
    <section aria-label="Face-to-face time" className="mx-auto max-w-6xl px-4 py-2">
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        <p className="flex items-baseline gap-2">
          <span id={`${id}-total`} className="text-sm font-semibold text-slate-700">
            Total time
          </span>
          <span role="timer" aria-labelledby={`${id}-total`} className="font-mono text-2xl font-bold tabular-nums">
            {formatHms(elapsed)}
          </span>
        </p>
        {/* Polite: a state change is read out once; the ticking total is not. */}
        {/* On a phone the state takes its own row under the time and the buttons. */}
        <p aria-live="polite" className="order-last basis-full text-sm text-slate-800 sm:order-none sm:min-w-0 sm:flex-1 sm:basis-auto">
          Timer: <strong>{status}</strong>
          {detail}
        </p>
        <div className="ml-auto flex flex-wrap gap-2">
          <Button
            ref={toggleRef}
            variant={state === "running" ? "secondary" : "primary"}
            aria-disabled={isBusy || undefined}
            onClick={click(toggle.command)}
            className="aria-disabled:cursor-wait aria-disabled:opacity-60"
          >
            <span aria-hidden>{state === "running" ? "❚❚" : "▶"}</span>
            {toggle.label}
          </Button>
          {state === "running" ? (
            <Button
              variant="secondary"
              aria-disabled={isBusy || undefined}
              onClick={click("stop")}
              className="border-2 border-slate-900 font-semibold aria-disabled:cursor-wait aria-disabled:opacity-60"
            >
              <span aria-hidden>■</span>
              Stop (end of session)
            </Button>
          ) : null}
        </div>
      </div>
      {error ? (
        <div role="alert" className="mt-2 rounded-md border-l-4 border-danger-700 bg-red-50 px-3 py-2 text-red-900">
          {error}
        </div>
      ) : null}
    </section>
  );
}
