"use client";

import type { ActionResult, CallInterruption, CallResult } from "@/lib/action-result";
import { reportConnection } from "./connection-store";

export const OFFLINE_MESSAGE = "You are offline, so nothing was sent. Your text is still here: try again when the connection is back.";
export const SIGNED_OUT_MESSAGE = "Your sign-in has ended, so nothing was saved. Your text is still here: sign in again to save it.";
const UNREACHABLE_MESSAGE = "The server did not answer, so this may not have been saved. Your text is still here: try again in a moment.";

const interruption = (code: CallInterruption["code"]): CallInterruption => ({
  ok: false,
  code,
  message: code === "OFFLINE" ? OFFLINE_MESSAGE : code === "SIGNED_OUT" ? SIGNED_OUT_MESSAGE : UNREACHABLE_MESSAGE,
});

/**
 * Why a server action threw instead of answering. Offline and an ended sign-in look alike from
 * the failed request (a signed-out action is redirected to the sign-in page, which is not an
 * action response), so ask the sign-in endpoint, which answers either way.
 */
async function diagnose(): Promise<CallInterruption["code"]> {
  if (!navigator.onLine) return "OFFLINE";
  try {
    const response = await fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" });
    if (!response.ok) return "UNREACHABLE";
    const body = (await response.json()) as { user?: unknown } | null;
    return body?.user ? "UNREACHABLE" : "SIGNED_OUT";
  } catch {
    return navigator.onLine ? "UNREACHABLE" : "OFFLINE";
  }
}

/**
 * The one place the session page's server actions are called from the browser. A network
 * failure throws in the client (and, inside a transition, would replace the page with Next's
 * error page); here it becomes a result that says what happened, and the page's connection
 * banner learns it too. Callers must not refresh the route after an interruption: a refresh
 * that cannot reach the server makes Next reload the whole page, and the typed text with it.
 */
export async function callAction<T>(run: () => Promise<ActionResult<T>>): Promise<CallResult<T>> {
  let result: ActionResult<T>;
  try {
    result = await run();
  } catch {
    const code = await diagnose();
    if (code !== "UNREACHABLE") reportConnection(code === "OFFLINE" ? "offline" : "signed-out");
    return interruption(code);
  }
  if (!result.ok && result.code === "UNAUTHENTICATED") {
    reportConnection("signed-out");
    return interruption("SIGNED_OUT");
  }
  reportConnection("ok");
  return result;
}
