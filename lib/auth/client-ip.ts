/**
 * The client address for the audit trail. Behind a proxy the first X-Forwarded-For entry is the
 * client; without one Next gives no socket address, so the header is all there is.
 */
export function clientIpFrom(get: (name: string) => string | null | undefined): string | null {
  const forwarded = get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  const ip = first || get("x-real-ip")?.trim() || null;
  // Bound what goes into the audit row; an address is never longer than this.
  return ip ? ip.slice(0, 64) : null;
}
