import "server-only";
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { type ThrottleRules, type ThrottleVerdict, afterAttempt, laterVerdict, throttleVerdict } from "@/lib/auth/throttle";
import type { Tx } from "./client";
import type { DbContext } from "./context";
import { publicOperation } from "./operation";
import { signInThrottles } from "./tables";

const GLOBAL_KEY = "global";
const addressKey = (ip: string | null) => `address:${ip ?? "unknown"}`;

/**
 * Counts a sign-in attempt against the client address's budget and the practice's, before its
 * password is checked, in one write: attempts sent together are counted one after another. Over
 * either budget nothing is counted, the refusal is audited, and the caller answers 429.
 */
export async function claimSignInAttempt(ctx: Pick<DbContext, "db" | "ip">, options: { rules: ThrottleRules; now: Date }): Promise<ThrottleVerdict> {
  const { rules, now } = options;
  const keys = { address: addressKey(ctx.ip), global: GLOBAL_KEY };
  return publicOperation(ctx, { name: "auth.sign_in_throttle" }, async ({ tx, audit }) => {
    const rows = await tx.select().from(signInThrottles).where(inArray(signInThrottles.key, [keys.address, keys.global]));
    const stateOf = (key: string) => rows.find((row) => row.key === key) ?? null;
    const byAddress = throttleVerdict(stateOf(keys.address), rules.perAddress, now);
    const byPractice = throttleVerdict(stateOf(keys.global), rules.global, now);
    const verdict = laterVerdict(byAddress, byPractice);
    if (verdict.isLimited) {
      await audit({
        action: "auth.sign_in_throttled",
        entityType: "sign_in",
        entityId: null,
        outcome: "denied",
        detail: { scope: byAddress.isLimited ? "address" : "practice", retryAt: verdict.retryAt },
      });
      return verdict;
    }
    await count(tx, keys.address, afterAttempt(stateOf(keys.address), rules.perAddress, now));
    await count(tx, keys.global, afterAttempt(stateOf(keys.global), rules.global, now));
    return { isLimited: false };
  });
}

async function count(tx: Tx, key: string, state: { windowStartedAt: string; count: number }): Promise<void> {
  await tx
    .insert(signInThrottles)
    .values({ key, ...state })
    .onConflictDoUpdate({ target: signInThrottles.key, set: state });
}

/**
 * Hands a successful sign-in's attempt back (inside the sign-in's unit of work): only failures
 * use up a budget. A window that has run out is reset by the next attempt anyway.
 */
export async function refundSignInAttempt(tx: Tx, ip: string | null): Promise<void> {
  await tx
    .update(signInThrottles)
    .set({ count: sql`${signInThrottles.count} - 1` })
    .where(and(inArray(signInThrottles.key, [addressKey(ip), GLOBAL_KEY]), gt(signInThrottles.count, 0)));
}

/** The failures counted for one client address in its current window (tests read it). */
export async function signInThrottleOf(ctx: Pick<DbContext, "db">, ip: string | null): Promise<{ windowStartedAt: string; count: number } | null> {
  return publicOperation({ db: ctx.db, ip: null }, { name: "auth.sign_in_throttle_read", mode: "read" }, async ({ tx }) => {
    const [row] = await tx.select({ windowStartedAt: signInThrottles.windowStartedAt, count: signInThrottles.count }).from(signInThrottles).where(eq(signInThrottles.key, addressKey(ip)));
    return row ?? null;
  });
}
