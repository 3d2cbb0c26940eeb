/**
 * Where to go after sign-in: only a path on this site, never another origin (open redirect).
 * Accepts the absolute callback URL next-auth builds and keeps just its path and query.
 */
export function safeRedirectPath(callbackUrl: string | undefined, origin: string): string {
  if (!callbackUrl) return "/";
  try {
    const url = new URL(callbackUrl, origin);
    if (url.origin !== origin) return "/";
    if (url.pathname.startsWith("/login") || url.pathname.startsWith("/setup")) return "/";
    return `${url.pathname}${url.search}`;
  } catch {
    return "/";
  }
}
