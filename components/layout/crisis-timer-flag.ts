"use client";

/**
 * Whether this page has a crisis timer running. The idle guard reads it: a clinician talking to a
 * client in crisis touches nothing for long stretches, and must not lose the page to a time-out.
 */
let running = false;

export function markCrisisTimer(isRunning: boolean): void {
  running = isRunning;
}

export const isCrisisTimerRunning = (): boolean => running;
