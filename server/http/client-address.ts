import type { IncomingMessage } from "node:http";
import { isIP, isIPv6 } from "node:net";

/**
 * The address a per-address limit counts against. Without trusted proxies it is the connection's peer, never a
 * client-sent header such as X-Forwarded-For (anyone can write one). Behind `proxyHops` trusted proxies, each of
 * which appends the address it saw, it is the entry the outermost trusted proxy appended (`proxyHops` from the
 * right): whatever a client wrote into the header itself stays to the left of it and is never read. An IPv4 address
 * mapped into IPv6 reads as IPv4; an IPv6 address counts by its /64, since one subscriber is usually given a whole
 * /64 and could otherwise take a fresh address per request.
 */
export function clientAddress(req: IncomingMessage, proxyHops = 0): string {
  const forwarded = proxyHops > 0 ? forwardedBy(req, proxyHops) : null;
  const peer = (forwarded ?? req.socket.remoteAddress ?? "unknown").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  if (!isIPv6(peer)) return peer;
  const [head = "", tail = ""] = peer.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = peer.includes("::") ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "").toLowerCase()).join(":")}::/64`;
}

/** The address `proxyHops` trusted proxies report, or null when the header has fewer entries (a misconfigured proxy). */
function forwardedBy(req: IncomingMessage, proxyHops: number): string | null {
  const header = req.headers["x-forwarded-for"];
  const entries = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",").map((e) => e.trim()).filter(Boolean);
  const entry = entries[entries.length - proxyHops];
  return entry !== undefined && isIP(entry) ? entry : null;
}
