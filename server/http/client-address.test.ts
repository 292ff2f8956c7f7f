import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address.ts";

const request = (peer: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: peer }, headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor } }) as unknown as IncomingMessage;

describe("the address a limit counts against", () => {
  it("is the peer without trusted proxies, whatever the client writes in X-Forwarded-For", () => {
    expect(clientAddress(request("203.0.113.7", "198.51.100.1"))).toBe("203.0.113.7");
    expect(clientAddress(request("::ffff:203.0.113.7"))).toBe("203.0.113.7");
  });

  it("counts an IPv6 address by its /64", () => {
    expect(clientAddress(request("2001:db8:0:1:aaaa::1"))).toBe("2001:db8:0:1::/64");
    expect(clientAddress(request("2001:db8:0:1:bbbb::2"))).toBe("2001:db8:0:1::/64");
  });

  it("behind trusted proxies is the entry the outermost one appended, never what the client wrote before it", () => {
    // The client forged 1.2.3.4; the one proxy appended the address it saw.
    expect(clientAddress(request("10.0.0.2", "1.2.3.4, 203.0.113.7"), 1)).toBe("203.0.113.7");
    // Two proxies: the outer one saw the client, the inner one saw the outer proxy.
    expect(clientAddress(request("10.0.0.3", "1.2.3.4, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("falls back to the peer when the proxies' header is missing, short or not an address", () => {
    expect(clientAddress(request("10.0.0.2"), 1)).toBe("10.0.0.2");
    expect(clientAddress(request("10.0.0.2", "203.0.113.7"), 2)).toBe("10.0.0.2");
    expect(clientAddress(request("10.0.0.2", "not-an-address"), 1)).toBe("10.0.0.2");
  });
});
