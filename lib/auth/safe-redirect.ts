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
    const path = `${url.pathname}${url.search}`;
    // "/.//evil.example" normalises to the path "//evil.example", which a browser reads as another
    // host: a path must start with exactly one slash, and must resolve to this origin again.
    if (!/^\/(?![/\\])/.test(path) || new URL(path, origin).origin !== origin) return "/";
    return path;
  } catch {
    return "/";
  }
}
