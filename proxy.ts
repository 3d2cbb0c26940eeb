import { withAuth } from "next-auth/middleware";

/**
 * An optimistic redirect only: signed-out visitors go to /login. Every page, server action and
 * route handler still checks the session and role itself (server/context.ts).
 */
export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/((?!login|setup|api/auth|api/health|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
