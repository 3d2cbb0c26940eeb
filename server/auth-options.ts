import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { recordSignOut, signInWithPassword } from "@/db/sign-in";
import { endSignIn, isSignInOpen } from "@/db/sign-ins";
import { lockedError } from "@/lib/auth/sign-in-errors";
import { signInSchema } from "@/lib/validation/auth";
import { requestIp } from "@/server/client-address";
import { requestPracticeSettings } from "@/server/practice-settings";
import { deviceSummary } from "@/lib/auth/device";

/** Extra minutes the session cookie outlives the browser's idle sign-out (see IdleGuard). */
const IDLE_GRACE_MINUTES = 1;
const DEFAULT_IDLE_MINUTES = 15;

/**
 * Built per request because the idle time-out is a practice setting. The JWT expires after the
 * idle time-out; the browser refreshes it while the user is active, so an idle session dies on
 * the server as well as in the browser (ONC §170.315(d)(5)).
 */
export async function authOptions(): Promise<AuthOptions> {
  const idleMinutes = (await requestPracticeSettings())?.idleTimeoutMinutes ?? DEFAULT_IDLE_MINUTES;
  return {
    session: { strategy: "jwt", maxAge: (idleMinutes + IDLE_GRACE_MINUTES) * 60 },
    // The token minted at sign-in expires with the cookie: next-auth would otherwise give it 30 days.
    jwt: { maxAge: (idleMinutes + IDLE_GRACE_MINUTES) * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) return null;
          const headers = (req.headers ?? {}) as Record<string, string | undefined>;
          const ip = requestIp((name) => headers[name]);
          const { actor, lockedUntil } = await signInWithPassword({ db: getDb(), actor: null, ip }, parsed.data, { device: deviceSummary(headers["user-agent"]) });
          // next-auth passes a thrown message to the sign-in form as its `error` parameter.
          if (lockedUntil) throw new Error(lockedError(lockedUntil, new Date()));
          return actor ? { id: actor.id, name: actor.name, email: actor.email, role: actor.role, signInId: actor.signInId } : null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.role = user.role;
          token.sid = user.signInId;
          return token;
        }
        // Every refresh asks whether the sign-in is still open: an ended one (sign-out elsewhere,
        // password change, admin reset) is never renewed, whatever the copied token says.
        if (!token.sid || !(await isSignInOpen({ db: getDb() }, token.sid))) return {};
        return token;
      },
      session({ session, token }) {
        if (token.sub && token.role && token.sid) {
          session.user = { id: token.sub, role: token.role, name: token.name ?? "", email: token.email ?? "", signInId: token.sid };
          return session;
        }
        // An ended sign-in answers as signed out: no user, not even a name from the old token.
        return { expires: session.expires };
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await endSignIn({ db: getDb() }, token.sid);
        if (token?.sub) await recordSignOut({ db: getDb(), actor: null, ip: null }, token.sub);
      },
    },
  };
}
