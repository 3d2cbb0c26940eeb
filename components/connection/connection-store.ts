"use client";

import { useSyncExternalStore } from "react";

/**
 * What the browser knows about its link to the server, shared by every part of the page: the
 * last call that failed without a verdict says why (offline or signed out), and the page's
 * banner and "Sign in again" dialog read it here. Kept in memory only: nothing of it (and no
 * typed text) goes to browser storage.
 */
export type ConnectionState = "ok" | "offline" | "signed-out";

let state: ConnectionState = "ok";
let signInOpen = false;
const listeners = new Set<() => void>();
const resumers = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** The network is back: that ends "offline", but not an ended sign-in. */
export function reportOnline(): void {
  if (state === "offline") reportConnection("ok");
}

/** "ok" only on proof: a server's answer or a sign-in that succeeded. */
export function reportConnection(next: ConnectionState): void {
  // Signed out stays signed out until a sign-in succeeds: a later offline blip must not hide it.
  if (state === "signed-out" && next !== "ok") return;
  if (state === next) return;
  const wasBroken = state !== "ok";
  state = next;
  emit();
  if (wasBroken && next === "ok") for (const resume of resumers) resume();
}

/** Called after the connection comes back (online again, or signed in again): retry what failed. */
export function onConnectionRestored(resume: () => void): () => void {
  resumers.add(resume);
  return () => resumers.delete(resume);
}

export function openSignInAgain(open: boolean): void {
  signInOpen = open;
  emit();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useConnection(): { state: ConnectionState; isSignInOpen: boolean } {
  const current = useSyncExternalStore(
    subscribe,
    () => state,
    () => "ok" as const,
  );
  const open = useSyncExternalStore(
    subscribe,
    () => signInOpen,
    () => false,
  );
  return { state: current, isSignInOpen: open };
}

export const currentConnection = (): ConnectionState => state;
