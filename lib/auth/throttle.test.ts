import { describe, expect, it } from "vitest";
import { DEFAULT_THROTTLE_RULES, afterAttempt, afterSuccess, laterVerdict, throttleRulesFrom, throttleVerdict } from "./throttle";

const rule = { limit: 3, windowMs: 60_000 };
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 29, 9, 0, seconds));

describe("sign-in throttle", () => {
  it("allows attempts up to the limit within a window, then refuses until the window ends", () => {
    let state = null;
    for (let i = 0; i < 3; i += 1) {
      expect(throttleVerdict(state, rule, at(i))).toEqual({ isLimited: false });
      state = afterAttempt(state, rule, at(i));
    }
    expect(throttleVerdict(state, rule, at(20))).toEqual({ isLimited: true, retryAfterSeconds: 40, retryAt: at(60).toISOString() });
    expect(throttleVerdict(state, rule, at(60))).toEqual({ isLimited: false });
  });

  it("starts a new window once the old one has run out", () => {
    const old = { windowStartedAt: at(0).toISOString(), count: 3 };
    expect(afterAttempt(old, rule, at(61))).toEqual({ windowStartedAt: at(61).toISOString(), count: 1 });
  });

  it("hands a successful attempt back, never below zero, and leaves an old window alone", () => {
    const state = { windowStartedAt: at(0).toISOString(), count: 3 };
    expect(afterSuccess(state, rule, at(5))).toEqual({ ...state, count: 2 });
    expect(afterSuccess({ ...state, count: 0 }, rule, at(5))).toEqual({ ...state, count: 0 });
    expect(afterSuccess(state, rule, at(90))).toBe(state);
    expect(afterSuccess(null, rule, at(5))).toBeNull();
  });

  it("never answers a retry time of zero seconds", () => {
    const state = { windowStartedAt: at(0).toISOString(), count: 3 };
    const verdict = throttleVerdict(state, rule, new Date(at(60).getTime() - 1));
    expect(verdict).toMatchObject({ isLimited: true, retryAfterSeconds: 1 });
  });

  it("a window that starts in the future (a clock stepped back) does not lock anyone out", () => {
    expect(throttleVerdict({ windowStartedAt: at(30).toISOString(), count: 99 }, rule, at(0))).toEqual({ isLimited: false });
  });

  it("of two refusals the longer wait wins", () => {
    const short = { isLimited: true as const, retryAfterSeconds: 5, retryAt: at(5).toISOString() };
    const long = { isLimited: true as const, retryAfterSeconds: 50, retryAt: at(50).toISOString() };
    expect(laterVerdict(short, long)).toBe(long);
    expect(laterVerdict({ isLimited: false }, short)).toBe(short);
    expect(laterVerdict(long, { isLimited: false })).toBe(long);
  });

  it("reads its limits from the environment, ignoring invalid values", () => {
    expect(throttleRulesFrom({})).toEqual(DEFAULT_THROTTLE_RULES);
    expect(throttleRulesFrom({ SIGN_IN_ADDRESS_FAILURE_LIMIT: "5", SIGN_IN_GLOBAL_FAILURE_LIMIT: "-1", SIGN_IN_THROTTLE_WINDOW_MINUTES: "2" })).toEqual({
      perAddress: { limit: 5, windowMs: 120_000 },
      global: { limit: DEFAULT_THROTTLE_RULES.global.limit, windowMs: 120_000 },
    });
    expect(throttleRulesFrom({ SIGN_IN_ADDRESS_FAILURE_LIMIT: "lots" }).perAddress.limit).toBe(DEFAULT_THROTTLE_RULES.perAddress.limit);
  });
});
