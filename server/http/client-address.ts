import type { IncomingMessage } from "node:http";
import { isIPv6 } from "node:net";

/**
 * The address a per-address limit counts against: the connection's peer, never a client-sent header such as
 * X-Forwarded-For (anyone can write one). An IPv4 address mapped into IPv6 reads as IPv4; an IPv6 address counts by
 * its /64, since one subscriber is usually given a whole /64 and could otherwise take a fresh address per request.
 */
export function clientAddress(req: IncomingMessage): string {
  const peer = (req.socket.remoteAddress ?? "unknown").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  if (!isIPv6(peer)) return peer;
  const [head = "", tail = ""] = peer.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = peer.includes("::") ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "").toLowerCase()).join(":")}::/64`;
}
