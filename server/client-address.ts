import "server-only";
import { clientIpFrom, trustedProxyCountFrom } from "@/lib/auth/client-ip";

/** The client address of a request, trusting only as many proxies as TRUSTED_PROXY_COUNT says. */
export function requestIp(get: (name: string) => string | null | undefined): string | null {
  return clientIpFrom(get, trustedProxyCountFrom(process.env.TRUSTED_PROXY_COUNT));
}
