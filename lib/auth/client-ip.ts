/**
 * The header our server (scripts/serve.mjs) sets to the TCP peer's address on every request,
 * overwriting whatever the client sent under that name. Next's own server only adds
 * X-Forwarded-For when it is absent, so that header alone is whatever the client says.
 */
export const PEER_ADDRESS_HEADER = "x-crisisnote-peer-address";

/** An address as the audit trail keeps it: an IPv4 client seen on a dual-stack socket loses its `::ffff:` prefix. */
function normalized(address: string | null | undefined): string | null {
  const trimmed = address?.trim();
  if (!trimmed) return null;
  const unmapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(trimmed)?.[1] ?? trimmed;
  // Bound what goes into the audit row; an address is never longer than this.
  return unmapped.slice(0, 64);
}

/**
 * The client address for the audit trail and the sign-in throttle. Without trusted proxies it is
 * the socket's peer. Behind `trustedProxyCount` proxies, each of which appends the address it saw
 * to X-Forwarded-For, the client is that many entries left of the peer, counting from the right;
 * anything further left was written by the client and is never believed.
 */
export function clientIpFrom(get: (name: string) => string | null | undefined, trustedProxyCount = 0): string | null {
  const peer = normalized(get(PEER_ADDRESS_HEADER));
  if (trustedProxyCount <= 0) return peer;
  const chain = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const hops = peer ? [...chain, peer] : chain;
  // Fewer hops than trusted proxies: the request skipped a proxy, so the leftmost hop we have is all we know.
  return normalized(hops[Math.max(0, hops.length - 1 - trustedProxyCount)]);
}

/** TRUSTED_PROXY_COUNT from the environment: a whole number of proxies in front of the app, else 0. */
export function trustedProxyCountFrom(value: string | undefined): number {
  const parsed = Number(value);
  return value !== undefined && Number.isInteger(parsed) && parsed > 0 ? parsed : 0;
}
