import "server-only";
import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { claimSignInAttempt } from "@/db/sign-in-throttle";
import { throttledError } from "@/lib/auth/sign-in-errors";
import { throttleRulesFrom } from "@/lib/auth/throttle";
import { requestIp } from "@/server/client-address";

/**
 * Counts a password sign-in against its address's and the practice's budgets before next-auth
 * sees it. Over budget: 429 with Retry-After, in the JSON shape next-auth's `signIn()` reads, so the
 * form can say when to try again. Null: go ahead.
 */
export async function refuseThrottledSignIn(request: NextRequest): Promise<Response | null> {
  const ip = requestIp((name) => request.headers.get(name));
  const verdict = await claimSignInAttempt({ db: getDb(), ip }, { rules: throttleRulesFrom(process.env), now: new Date() });
  if (!verdict.isLimited) return null;
  const url = new URL("/api/auth/error", request.nextUrl.origin);
  url.searchParams.set("error", throttledError(verdict.retryAfterSeconds));
  return Response.json(
    { url: url.toString(), message: "Too many failed sign-ins from this network. Try again later." },
    { status: 429, headers: { "Retry-After": String(verdict.retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}
