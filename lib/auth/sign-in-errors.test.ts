import { describe, expect, it } from "vitest";
import { lockedError, parseSignInError, throttledError, waitInWords } from "./sign-in-errors";

describe("sign-in refusals", () => {
  const now = new Date("2026-11-29T09:00:00.000Z");

  it("a lockout says how many seconds remain, at least one", () => {
    expect(lockedError("2026-11-29T09:15:00.000Z", now)).toBe("Locked:900");
    expect(lockedError("2026-11-29T08:00:00.000Z", now)).toBe("Locked:1");
    expect(parseSignInError("Locked:900")).toEqual({ kind: "locked", waitSeconds: 900 });
  });

  it("a throttle says how many seconds to wait", () => {
    expect(throttledError(12.2)).toBe("TooManyAttempts:13");
    expect(parseSignInError(throttledError(60))).toEqual({ kind: "throttled", waitSeconds: 60 });
  });

  it("anything else is the one generic failure", () => {
    for (const error of [null, undefined, "", "CredentialsSignin", "Locked:", "Locked:-5", "Locked:0", "Other:60", "Locked:9999999999"]) {
      expect(parseSignInError(error)).toEqual({ kind: "failed" });
    }
  });

  it("puts the wait in words", () => {
    expect([30, 60, 61, 900, 7200, 86_400].map(waitInWords)).toEqual([
      "in a few seconds",
      "in about 1 minute",
      "in about 2 minutes",
      "in about 15 minutes",
      "in about 2 hours",
      "in about 24 hours",
    ]);
  });
});
