import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "./client";
import type { ActorContext } from "./context";
import { signInWithPassword } from "./sign-in";
import { claimSignInAttempt, signInThrottleOf } from "./sign-in-throttle";
import { ADMIN_PASSWORD, auditRows, setUpPractice } from "./test-support";

let db: Db;
let admin: ActorContext;
const rules = { perAddress: { limit: 3, windowMs: 60_000 }, global: { limit: 5, windowMs: 60_000 } };
const now = new Date("2026-11-29T09:00:00.000Z");
const from = (ip: string) => ({ db, ip });

beforeEach(async () => {
  ({ db, admin } = await setUpPractice());
});

describe("sign-in throttles", () => {
  it("an address over its budget is refused until its window ends, and the refusal is audited", async () => {
    for (let i = 0; i < 3; i += 1) expect(await claimSignInAttempt(from("203.0.113.7"), { rules, now })).toEqual({ isLimited: false });
    expect(await claimSignInAttempt(from("203.0.113.7"), { rules, now: new Date(now.getTime() + 15_000) })).toEqual({
      isLimited: true,
      retryAfterSeconds: 45,
      retryAt: "2026-11-29T09:01:00.000Z",
    });
    expect((await auditRows(db)).at(-1)).toMatchObject({ action: "auth.sign_in_throttled", outcome: "denied", ip: "203.0.113.7" });
    expect(await claimSignInAttempt(from("203.0.113.8"), { rules, now })).toEqual({ isLimited: false });
    expect(await claimSignInAttempt(from("203.0.113.7"), { rules, now: new Date(now.getTime() + 60_000) })).toEqual({ isLimited: false });
  });

  it("the practice's budget refuses every address once spent", async () => {
    for (let i = 0; i < 5; i += 1) await claimSignInAttempt(from(`198.51.100.${i}`), { rules, now });
    expect(await claimSignInAttempt(from("198.51.100.99"), { rules, now })).toMatchObject({ isLimited: true });
    expect(JSON.parse((await auditRows(db)).at(-1)?.detail ?? "{}")).toMatchObject({ scope: "practice" });
  });

  it("concurrent attempts are counted one after another: never more than the budget gets through", async () => {
    const verdicts = await Promise.all(Array.from({ length: 10 }, () => claimSignInAttempt(from("203.0.113.9"), { rules, now })));
    expect(verdicts.filter((verdict) => !verdict.isLimited)).toHaveLength(3);
  });

  it("a successful sign-in hands its attempt back: only failures use up the budget", async () => {
    await claimSignInAttempt(from("203.0.113.10"), { rules, now: new Date() });
    await claimSignInAttempt(from("203.0.113.10"), { rules, now: new Date() });
    expect((await signInWithPassword({ ...from("203.0.113.10"), actor: null }, { email: admin.actor.email, password: ADMIN_PASSWORD })).actor).not.toBeNull();
    expect((await signInThrottleOf({ db }, "203.0.113.10"))?.count).toBe(1);
  });
});
