import { getSession, signOut } from "next-auth/react";

/**
 * The browser's only ways to refresh or end the session. A refresh re-issues the session cookie;
 * had its response arrived after a sign-out's, the browser would store the token again and the
 * user would silently stay signed in. So a sign-out waits for a refresh in flight, and no refresh
 * starts once a sign-out has begun.
 */
let refreshing: Promise<unknown> | null = null;
let endingSession = false;

/** Extends the server-side session (a fresh cookie expiry); at most one request at a time. */
export function keepSessionAlive(): void {
  if (endingSession || refreshing) return;
  refreshing = getSession()
    .catch(() => null)
    .finally(() => {
      refreshing = null;
    });
}

export async function endSession(callbackUrl: string): Promise<void> {
  endingSession = true;
  await refreshing;
  try {
    await signOut({ callbackUrl });
  } catch (error) {
    // Still signed in: let activity keep the session alive again.
    endingSession = false;
    throw error;
  }
}
