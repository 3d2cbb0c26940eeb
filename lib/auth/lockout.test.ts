import { describe, expect, it } from "vitest";
import { CLEARED_LOCKOUT, LOCKOUT_POLICY, type LockoutState, afterFailedSignIn, isLocked } from "./lockout";

const T0 = Date.parse("2026-03-09T10:00:00.000Z");
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (ms: number) => new Date(T0 + ms);

type Outcome = { state: LockoutState; lockedNow: boolean };

/** Fails a sign-in at each offset (ms after T0) and returns the state after the last one. */
function failAt(offsets: number[], start: LockoutState = CLEARED_LOCKOUT): Outcome {
  let state = start;
  let lockedNow = false;
  for (const offset of offsets) {
    ({ lockedNow, ...state } = afterFailedSignIn(state, at(offset)));
  }
  return { state, lockedNow };
}

describe("failed sign-ins", () => {
  it.each([
    { name: "1 failure", offsets: [0], count: 1 },
    { name: "4 failures in a minute", offsets: [0, 15_000, 30_000, 45_000], count: 4 },
    { name: "4 failures spread over 15 minutes", offsets: [0, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE], count: 4 },
  ])("$name: counted, not locked", ({ offsets, count }) => {
    const { state, lockedNow } = failAt(offsets);
    expect(lockedNow).toBe(false);
    expect(state.lockedUntil).toBeNull();
    expect(state.failedSignInCount).toBe(count);
    expect(isLocked(state, at(offsets.at(-1) ?? 0))).toBe(false);
  });

  it.each([
    { name: "within a minute", offsets: [0, 10_000, 20_000, 30_000, 40_000] },
    { name: "the 5th exactly 15 minutes after the 4th", offsets: [0, 1, 2, 3, 3 + 15 * MINUTE] },
    { name: "over 14 minutes", offsets: [0, 2 * MINUTE, 6 * MINUTE, 10 * MINUTE, 14 * MINUTE] },
  ])("the 5th failure $name locks for 15 minutes", ({ offsets }) => {
    const fifth = offsets.at(-1) ?? 0;
    const { state, lockedNow } = failAt(offsets);
    expect(lockedNow).toBe(true);
    expect(state.lockedUntil).toBe(at(fifth + 15 * MINUTE).toISOString());
    expect(state.lockoutCount).toBe(1);
    expect(state.failedSignInCount).toBe(0);
  });

  it.each([
    { name: "16 minutes apart", gap: 16 * MINUTE },
    { name: "15 minutes and 1 ms apart", gap: 15 * MINUTE + 1 },
    { name: "a day apart", gap: 24 * HOUR },
  ])("failures $name do not accumulate", ({ gap }) => {
    const offsets = Array.from({ length: 10 }, (_, i) => i * gap);
    const { state, lockedNow } = failAt(offsets);
    expect(lockedNow).toBe(false);
    expect(state.failedSignInCount).toBe(1);
    expect(state.lockedUntil).toBeNull();
  });

  // The 15 minutes run from the latest failure (an "observation window", as in Windows account
  // lockout policy), so steady guessing with shorter pauses keeps counting.
  it("failures at most 15 minutes apart keep counting, however long the run", () => {
    const offsets = [0, 14, 28, 42, 56].map((m) => m * MINUTE);
    expect(failAt(offsets).lockedNow).toBe(true);
  });

  it("a pause longer than 15 minutes starts the count again", () => {
    const four = [0, MINUTE, 2 * MINUTE, 3 * MINUTE];
    const afterPause = 3 * MINUTE + 15 * MINUTE + 1;
    const { state, lockedNow } = failAt([...four, afterPause, afterPause + MINUTE, afterPause + 2 * MINUTE]);
    expect(lockedNow).toBe(false);
    expect(state.failedSignInCount).toBe(3);
  });
});

describe("repeated lockouts back off", () => {
  /** Locks the account again as soon as the previous lock has run out. */
  function lockouts(n: number): { lockMs: number; lockoutCount: number }[] {
    let state = CLEARED_LOCKOUT;
    let now = 0;
    const results: { lockMs: number; lockoutCount: number }[] = [];
    for (let i = 0; i < n; i += 1) {
      const offsets = [1, 2, 3, 4, 5].map((k) => now + k * 1000);
      state = failAt(offsets, state).state;
      const lockedUntil = Date.parse(state.lockedUntil ?? "") - T0;
      results.push({ lockMs: lockedUntil - (offsets.at(-1) ?? 0), lockoutCount: state.lockoutCount });
      now = lockedUntil;
    }
    return results;
  }

  it("doubles the lock each time and caps it at 24 hours", () => {
    const minutes = lockouts(9).map((r) => r.lockMs / MINUTE);
    expect(minutes).toEqual([15, 30, 60, 120, 240, 480, 960, 1440, 1440]);
    expect(Math.max(...minutes) * MINUTE).toBe(LOCKOUT_POLICY.maxLockMs);
  });

  it("counts the lockouts", () => {
    expect(lockouts(3).map((r) => r.lockoutCount)).toEqual([1, 2, 3]);
  });

  it("starts again at 15 minutes once the lockout is cleared (sign-in or password reset)", () => {
    const afterTwo = failAt([1, 2, 3, 4, 5], { ...CLEARED_LOCKOUT, lockoutCount: 2 }).state;
    expect(afterTwo.lockedUntil).toBe(at(5 + 60 * MINUTE).toISOString());
    const afterClear = failAt([1, 2, 3, 4, 5], CLEARED_LOCKOUT).state;
    expect(afterClear.lockedUntil).toBe(at(5 + 15 * MINUTE).toISOString());
  });
});

describe("isLocked", () => {
  const lockedUntil = at(15 * MINUTE).toISOString();

  it.each([
    { name: "no lock", state: { lockedUntil: null }, now: 0, locked: false },
    { name: "while the lock runs", state: { lockedUntil }, now: 0, locked: true },
    { name: "1 ms before it ends", state: { lockedUntil }, now: 15 * MINUTE - 1, locked: true },
    { name: "the instant it ends", state: { lockedUntil }, now: 15 * MINUTE, locked: false },
    { name: "after it ended", state: { lockedUntil }, now: 15 * MINUTE + 1, locked: false },
  ])("$name → $locked", ({ state, now, locked }) => {
    expect(isLocked(state, at(now))).toBe(locked);
  });
});
