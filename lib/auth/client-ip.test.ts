import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, clientIpFrom, trustedProxyCountFrom } from "./client-ip";

const headers = (values: Record<string, string>) => (name: string) => values[name];

describe("the client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    const get = headers({ [PEER_ADDRESS_HEADER]: "203.0.113.5", "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" });
    expect(clientIpFrom(get)).toBe("203.0.113.5");
    expect(clientIpFrom(get, 0)).toBe("203.0.113.5");
  });

  it("drops the IPv4-mapped prefix of a dual-stack socket", () => {
    expect(clientIpFrom(headers({ [PEER_ADDRESS_HEADER]: "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientIpFrom(headers({ [PEER_ADDRESS_HEADER]: "2001:db8::1" }))).toBe("2001:db8::1");
  });

  it("is unknown without our server's peer header (never X-Forwarded-For instead)", () => {
    expect(clientIpFrom(headers({ "x-forwarded-for": "1.2.3.4" }))).toBeNull();
  });

  it("behind one trusted proxy is the entry that proxy appended, not what the client wrote before it", () => {
    // The client forged "6.6.6.6"; the proxy (10.0.0.2, our peer) appended the address it saw.
    const get = headers({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.7" });
    expect(clientIpFrom(get, 1)).toBe("198.51.100.7");
  });

  it("behind two trusted proxies counts two entries from the right", () => {
    const get = headers({ [PEER_ADDRESS_HEADER]: "10.0.0.3", "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2" });
    expect(clientIpFrom(get, 2)).toBe("198.51.100.7");
  });

  it("with fewer hops than trusted proxies takes the furthest one there is", () => {
    expect(clientIpFrom(headers({ [PEER_ADDRESS_HEADER]: "10.0.0.2" }), 1)).toBe("10.0.0.2");
  });

  it("is bounded in length", () => {
    expect(clientIpFrom(headers({ [PEER_ADDRESS_HEADER]: "x".repeat(500) }))).toHaveLength(64);
  });

  it("reads the trusted proxy count as a whole number, else none", () => {
    expect([undefined, "", "abc", "-1", "1.5", "0", "2"].map(trustedProxyCountFrom)).toEqual([0, 0, 0, 0, 0, 0, 2]);
  });
});
