// One message for a wrong password, an unknown email and a deactivated account: it must not tell
// which accounts exist (no account enumeration). A lockout says until when; an email without an
// account locks the same way (db/sign-in.ts). The audit trail records the real reason.
export const SIGN_IN_FAILED =
  "Sign-in failed. Check your email and password. After 5 failed attempts an account is locked for a while; your practice admin can reset it.";

/**
 * What a refused sign-in tells the browser, carried in next-auth's `error` parameter. A wrong
 * password, an unknown email and a deactivated account share one message (no account
 * enumeration); a locked account and a throttled address say how long to wait, in seconds, so the
 * browser can show the time on its own clock.
 */
export type SignInRefusal = { kind: "failed" } | { kind: "locked"; waitSeconds: number } | { kind: "throttled"; waitSeconds: number };

const LOCKED = "Locked";
const THROTTLED = "TooManyAttempts";

export function lockedError(lockedUntil: string, now: Date): string {
  return `${LOCKED}:${secondsUntil(lockedUntil, now)}`;
}

export function throttledError(waitSeconds: number): string {
  return `${THROTTLED}:${Math.max(1, Math.ceil(waitSeconds))}`;
}

function secondsUntil(instant: string, now: Date): number {
  return Math.max(1, Math.ceil((Date.parse(instant) - now.getTime()) / 1000));
}

export function parseSignInError(error: string | null | undefined): SignInRefusal {
  const match = /^(\w+):(\d{1,9})$/.exec(error ?? "");
  const waitSeconds = Number(match?.[2]);
  if (match?.[1] === LOCKED && waitSeconds > 0) return { kind: "locked", waitSeconds };
  if (match?.[1] === THROTTLED && waitSeconds > 0) return { kind: "throttled", waitSeconds };
  return { kind: "failed" };
}

/** "in about 12 minutes" / "in about 1 minute" / "in a few seconds". */
export function waitInWords(waitSeconds: number): string {
  if (waitSeconds < 60) return "in a few seconds";
  const minutes = Math.ceil(waitSeconds / 60);
  if (minutes < 120) return `in about ${minutes} minute${minutes === 1 ? "" : "s"}`;
  return `in about ${Math.round(minutes / 60)} hours`;
}
