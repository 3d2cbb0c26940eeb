/**
 * Sign-in throttles: a fixed window per key (one client address, or the whole practice) in which
 * only so many failed sign-ins are allowed. An attempt is counted before its password is checked
 * and handed back when it succeeds, so guesses sent together cannot overrun the budget and a busy
 * office behind one address is only ever slowed by its failures. Pure, so the rule is tested
 * without a database; the counts live in the database (db/sign-in-throttle.ts) so several app
 * instances sharing it share one budget.
 */
export type ThrottleRule = { limit: number; windowMs: number };

export type ThrottleState = { windowStartedAt: string; count: number };

export type ThrottleVerdict = { isLimited: false } | { isLimited: true; retryAfterSeconds: number; retryAt: string };

export type ThrottleRules = { perAddress: ThrottleRule; global: ThrottleRule };

/** Defaults that a practice of a few dozen people behind one NAT survives on a bad morning. */
export const DEFAULT_THROTTLE_RULES: ThrottleRules = {
  perAddress: { limit: 30, windowMs: 15 * 60_000 },
  global: { limit: 300, windowMs: 15 * 60_000 },
};

function isCurrent(state: ThrottleState | null, rule: ThrottleRule, now: Date): state is ThrottleState {
  if (!state) return false;
  const startedAt = Date.parse(state.windowStartedAt);
  return Number.isFinite(startedAt) && now.getTime() - startedAt < rule.windowMs && startedAt <= now.getTime();
}

export function throttleVerdict(state: ThrottleState | null, rule: ThrottleRule, now: Date): ThrottleVerdict {
  if (!isCurrent(state, rule, now) || state.count < rule.limit) return { isLimited: false };
  const retryAtMs = Date.parse(state.windowStartedAt) + rule.windowMs;
  return {
    isLimited: true,
    retryAfterSeconds: Math.max(1, Math.ceil((retryAtMs - now.getTime()) / 1000)),
    retryAt: new Date(retryAtMs).toISOString(),
  };
}

/** The state once one more attempt is counted (a new window when the last one has run out). */
export function afterAttempt(state: ThrottleState | null, rule: ThrottleRule, now: Date): ThrottleState {
  if (!isCurrent(state, rule, now)) return { windowStartedAt: now.toISOString(), count: 1 };
  return { windowStartedAt: state.windowStartedAt, count: state.count + 1 };
}

/** The state once a counted attempt succeeded and is handed back. */
export function afterSuccess(state: ThrottleState | null, rule: ThrottleRule, now: Date): ThrottleState | null {
  if (!isCurrent(state, rule, now)) return state;
  return { windowStartedAt: state.windowStartedAt, count: Math.max(0, state.count - 1) };
}

/** The later of two refusals: a request refused by both waits for both. */
export function laterVerdict(a: ThrottleVerdict, b: ThrottleVerdict): ThrottleVerdict {
  if (!a.isLimited) return b;
  if (!b.isLimited) return a;
  return a.retryAfterSeconds >= b.retryAfterSeconds ? a : b;
}

/** Rules from the environment (SIGN_IN_*), falling back to the defaults for anything unset or invalid. */
export function throttleRulesFrom(env: Record<string, string | undefined>): ThrottleRules {
  const positive = (value: string | undefined, fallback: number) => {
    const parsed = Number(value);
    return value !== undefined && value.trim() !== "" && Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
  };
  const windowMs = positive(env.SIGN_IN_THROTTLE_WINDOW_MINUTES, DEFAULT_THROTTLE_RULES.perAddress.windowMs / 60_000) * 60_000;
  return {
    perAddress: { limit: positive(env.SIGN_IN_ADDRESS_FAILURE_LIMIT, DEFAULT_THROTTLE_RULES.perAddress.limit), windowMs },
    global: { limit: positive(env.SIGN_IN_GLOBAL_FAILURE_LIMIT, DEFAULT_THROTTLE_RULES.global.limit), windowMs },
  };
}
