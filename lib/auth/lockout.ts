/**
 * Account lockout: 5 failed sign-ins within 15 minutes lock the account. Each further lockout
 * doubles the lock time (backoff), up to a day; a successful sign-in or an admin's password reset
 * clears it. Pure, so the rule is tested without a database.
 */
export const LOCKOUT_POLICY = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  baseLockMs: 15 * 60_000,
  maxLockMs: 24 * 60 * 60_000,
} as const;

export type LockoutState = {
  failedSignInCount: number;
  lastFailedSignInAt: string | null;
  lockedUntil: string | null;
  lockoutCount: number;
};

export function isLocked(state: Pick<LockoutState, "lockedUntil">, now: Date): boolean {
  return state.lockedUntil !== null && Date.parse(state.lockedUntil) > now.getTime();
}

export function afterFailedSignIn(state: LockoutState, now: Date): LockoutState & { lockedNow: boolean } {
  const lastFailure = state.lastFailedSignInAt ? Date.parse(state.lastFailedSignInAt) : null;
  const withinWindow = lastFailure !== null && now.getTime() - lastFailure <= LOCKOUT_POLICY.windowMs;
  const failures = withinWindow ? state.failedSignInCount + 1 : 1;
  if (failures < LOCKOUT_POLICY.maxFailures) {
    return { ...state, failedSignInCount: failures, lastFailedSignInAt: now.toISOString(), lockedNow: false };
  }
  const lockMs = Math.min(LOCKOUT_POLICY.baseLockMs * 2 ** state.lockoutCount, LOCKOUT_POLICY.maxLockMs);
  return {
    failedSignInCount: 0,
    lastFailedSignInAt: now.toISOString(),
    lockedUntil: new Date(now.getTime() + lockMs).toISOString(),
    lockoutCount: state.lockoutCount + 1,
    lockedNow: true,
  };
}

export const CLEARED_LOCKOUT: LockoutState = {
  failedSignInCount: 0,
  lastFailedSignInAt: null,
  lockedUntil: null,
  lockoutCount: 0,
};
