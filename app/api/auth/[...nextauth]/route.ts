import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/server/auth-options";
import { refuseThrottledSignIn } from "@/server/sign-in-throttle";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request: the session lifetime follows the practice's idle time-out.
async function handler(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(request, context, await authOptions()) as Promise<Response>;
}

/** A password sign-in is counted against the sign-in throttles first (server/sign-in-throttle.ts). */
async function post(request: NextRequest, context: Context): Promise<Response> {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const refusal = await refuseThrottledSignIn(request);
    if (refusal) return refusal;
  }
  return handler(request, context);
}

export { handler as GET, post as POST };
