// next-auth's browser client (and the runtime helpers it brings) loads with the first refresh or
// sign-out, not with every signed-in page.
const nextAuth = () => import("next-auth/react");

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
  refreshing = nextAuth()
    .then(({ getSession }) => getSession())
    .catch(() => null)
    .finally(() => {
      refreshing = null;
    });
}

/**
 * Whether the sign-in is still open, asked now (and refreshing it, as any session read does):
 * for "Stay signed in" after a long wait, when the server may have ended it meanwhile.
 */
export async function isStillSignedIn(): Promise<boolean> {
  if (endingSession) return false;
  await refreshing;
  try {
    const response = await fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" });
    if (!response.ok) return true;
    const session = (await response.json()) as { user?: unknown } | null;
    return Boolean(session?.user);
  } catch {
    // Offline: the server could not be asked, which is no proof of a sign-out.
    return true;
  }
}

/**
 * The sign-in page for after a sign-out: says why, and brings the next sign-in back to the page
 * the user was on (the sign-in form passes it through safeRedirectPath).
 */
export function signInPageAfter(reason: "idle" | "signed_out"): string {
  const here = `${window.location.pathname}${window.location.search}`;
  const params = new URLSearchParams({ reason });
  if (here !== "/") params.set("callbackUrl", here);
  return `/login?${params.toString()}`;
}

export async function endSession(callbackUrl: string): Promise<void> {
  endingSession = true;
  await refreshing;
  try {
    const { signOut } = await nextAuth();
    await signOut({ callbackUrl });
  } catch (error) {
    // Still signed in: let activity keep the session alive again.
    endingSession = false;
    throw error;
  }
}
