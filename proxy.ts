import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { STRICT_TRANSPORT_SECURITY, contentSecurityPolicy } from "@/lib/security/csp";
import { type BodyProblem, BODY_PROBLEMS, actionPayloadProblem, bodySizeProblem, isActionRowName } from "@/lib/security/request-body";

/** Reachable signed out; everything else needs a sign-in cookie. */
const SIGNED_OUT_PATH = /^\/(login|setup|api\/auth|api\/health)(\/|$)/;

/** The page a request was for, read by server/context.ts to send the user on after a detour. */
const REQUEST_PATH_HEADER = "x-crisisnote-path";

/**
 * Runs before every page, action and route handler:
 * 1. refuses a body Next would choke on (over 1 MB, of undeclared length, or an action's
 *    malformed or deeply nested data) with 413/411/400 and a plain message, where Next answers 500;
 * 2. sends signed-out visitors to /login. That is an optimistic redirect only: every page, server
 *    action and route handler still checks the session and role itself (server/context.ts);
 * 3. gives the response a Content-Security-Policy with a fresh nonce, which Next puts on its own
 *    scripts (it reads the policy from the request headers), and HSTS when served over https.
 */
export default async function proxy(request: NextRequest): Promise<Response> {
  const problem = await bodyProblem(request);
  if (problem) {
    return new Response(problem.message, { status: problem.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  if (!SIGNED_OUT_PATH.test(request.nextUrl.pathname)) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET });
    if (!token) {
      const signInUrl = new URL("/login", request.nextUrl.origin);
      signInUrl.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
      return NextResponse.redirect(signInUrl);
    }
  }
  const isHttps = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  const policy = contentSecurityPolicy({ nonce: newNonce(), isDevelopment: process.env.NODE_ENV === "development", isHttps });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  // The path (never the query, which can hold a search term), so a forced password change can
  // return to it (server/context.ts).
  requestHeaders.set(REQUEST_PATH_HEADER, request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (isHttps) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
}

async function bodyProblem(request: NextRequest): Promise<BodyProblem | null> {
  if (request.method === "GET" || request.method === "HEAD") return null;
  const sizeProblem = bodySizeProblem({ contentLength: request.headers.get("content-length"), transferEncoding: request.headers.get("transfer-encoding") });
  if (sizeProblem) return sizeProblem;
  // A server action called from the browser (React's encoded reply). A form posted before the page
  // has loaded its scripts carries plain form fields, which Next reads without trouble.
  if (!request.headers.has("next-action")) return null;
  try {
    if (request.headers.get("content-type")?.startsWith("multipart/form-data")) {
      const form = await request.clone().formData();
      const rows = [...form.entries()].flatMap(([name, value]) => (isActionRowName(name) && typeof value === "string" ? [value] : []));
      return actionPayloadProblem(rows);
    }
    return actionPayloadProblem([await request.clone().text()]);
  } catch {
    return BODY_PROBLEMS.malformed;
  }
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
