/**
 * The Content-Security-Policy of every page (OWASP ASVS V14.4.3). Scripts run only with this
 * response's nonce, and what they load inherits the trust ('strict-dynamic'), so an injected
 * <script> or inline handler never runs. Styles may be inline: Radix and recharts position
 * elements with style attributes and Radix's scroll lock adds a <style> element at run time;
 * styles cannot run code.
 */
export function contentSecurityPolicy(options: { nonce: string; isDevelopment: boolean; isHttps: boolean }): string {
  const { nonce, isDevelopment, isHttps } = options;
  return [
    "default-src 'self'",
    // React's development build rebuilds server error stacks with eval; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** HSTS for a site served over https only: over plain http the header is meaningless and ignored. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";
