import { NextResponse } from "next/server";
import { withAuth } from "next-auth/middleware";

/** The page a request was for, read by server/context.ts to send the user on after a detour. */
const REQUEST_PATH_HEADER = "x-crisisnote-path";

/**
 * An optimistic redirect only: signed-out visitors go to /login. Every page, server action and
 * route handler still checks the session and role itself (server/context.ts). The path (never the
 * query, which can hold a search term) is passed on so a forced password change can return to it.
 */
export default withAuth(
  function proxy(request) {
    const headers = new Headers(request.headers);
    headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname);
    return NextResponse.next({ request: { headers } });
  },
  { pages: { signIn: "/login" } },
);

export const config = {
  matcher: ["/((?!login|setup|api/auth|api/health|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
