import type { AppErrorCode, FieldErrors } from "@/lib/errors";

/** What every server action returns: forms show `message` and put `fieldErrors` on their fields. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: AppErrorCode; message: string; fieldErrors?: FieldErrors };

/**
 * In the browser, a call that never got the server's verdict: the device is offline, the sign-in
 * has ended (nothing reached the data layer), or the server did not answer.
 */
export type CallInterruption = { ok: false; code: "OFFLINE" | "SIGNED_OUT" | "UNREACHABLE"; message: string; fieldErrors?: undefined };

/** What a client component gets back from `callAction`: the server's result or an interruption. */
export type CallResult<T> = ActionResult<T> | CallInterruption;

export const isInterruption = (result: { ok: boolean; code?: string }): result is CallInterruption =>
  !result.ok && (result.code === "OFFLINE" || result.code === "SIGNED_OUT" || result.code === "UNREACHABLE");
