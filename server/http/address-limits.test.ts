import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { AddressLimits } from "./address-limits.ts";
import { clientAddress } from "./client-address.ts";

const SETTINGS = { connectionsPerAddress: 3, roomsPerMinute: 4, codeMissesPerMinute: 6, openReservationsPerAddress: 2, reservationSeconds: 8, proxyHops: 0 };

function limitsAt(start = 0) {
  const clock = { now: start };
  return { clock, limits: new AddressLimits(SETTINGS, () => clock.now) };
}

describe("per-address limits", () => {
  it("lets a burst of rooms through, then one per refill, per address", () => {
    const { clock, limits } = limitsAt();
    expect(Array.from({ length: 6 }, () => limits.createRoom("1.2.3.4"))).toEqual([true, true, true, true, false, false]);
    expect(limits.createRoom("5.6.7.8")).toBe(true);
    clock.now += 15_000;
    expect(limits.createRoom("1.2.3.4")).toBe(true);
    expect(limits.createRoom("1.2.3.4")).toBe(false);
  });

  it("stops every code lookup of an address that has run out of misses, and lets it try again later", () => {
    const { clock, limits } = limitsAt();
    for (let i = 0; i < 6; i++) {
      expect(limits.mayLookUpCode("a")).toBe(true);
      limits.codeMissed("a");
    }
    expect(limits.mayLookUpCode("a")).toBe(false);
    expect(limits.mayLookUpCode("b")).toBe(true);
    clock.now += 10_000;
    expect(limits.mayLookUpCode("a")).toBe(true);
  });

  it("counts reserved seats until they are taken or expire", () => {
    const { clock, limits } = limitsAt();
    limits.reserved("a", "s1");
    limits.reserved("a", "s2");
    expect(limits.mayReserve("a")).toBe(false);
    limits.taken("a", "s1");
    expect(limits.mayReserve("a")).toBe(true);
    limits.reserved("a", "s3");
    expect(limits.mayReserve("a")).toBe(false);
    clock.now += 8_000;
    expect(limits.mayReserve("a")).toBe(true);
  });

  it("caps open connections per address and frees a place when one closes", () => {
    const { limits } = limitsAt();
    expect([1, 2, 3, 4].map(() => limits.openConnection("a"))).toEqual([true, true, true, false]);
    limits.closeConnection("a");
    expect(limits.openConnection("a")).toBe(true);
    expect(limits.openConnection("b")).toBe(true);
  });
});

describe("the address a limit counts against", () => {
  const from = (remoteAddress: string, headers: Record<string, string> = {}) => clientAddress({ socket: { remoteAddress }, headers } as unknown as IncomingMessage);

  it("is the peer's, never a header the client wrote", () => {
    expect(from("203.0.113.7", { "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2" })).toBe("203.0.113.7");
    expect(from("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("is an IPv6 address's /64, however it is written", () => {
    expect(from("2001:db8:0:12:1::5")).toBe("2001:db8:0:12::/64");
    expect(from("2001:0db8:0000:0012:ffff:ffff:ffff:ffff")).toBe("2001:db8:0:12::/64");
    expect(from("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(from("::1")).toBe("0:0:0:0::/64");
  });
});
