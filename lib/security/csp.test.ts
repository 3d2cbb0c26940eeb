import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./csp";

describe("content security policy", () => {
  it("runs only scripts carrying this response's nonce, and their descendants", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", isDevelopment: false, isHttps: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("allows eval only in development, and upgrades requests only over https", () => {
    expect(contentSecurityPolicy({ nonce: "n", isDevelopment: true, isHttps: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", isDevelopment: false, isHttps: true })).toContain("upgrade-insecure-requests");
  });
});
