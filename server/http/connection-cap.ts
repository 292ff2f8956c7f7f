import type { IncomingMessage, Server as HttpServer } from "node:http";
import type { Duplex } from "node:stream";
import type { AddressLimits } from "./address-limits.ts";
import { clientAddress } from "./client-address.ts";

type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

const TOO_MANY = JSON.stringify({ error: "Too many open connections from this address; close another tab or window first." });

/**
 * Caps the open WebSocket connections per address before the WebSocket server sees them: one over the cap is
 * answered 429 (JSON) and closed. A connection that does get through uses the seat reservation it names. Call after
 * the WebSocket transport has attached to `http`.
 */
export function capConnections(http: HttpServer, limits: AddressLimits): void {
  const others = http.listeners("upgrade") as UpgradeListener[];
  http.removeAllListeners("upgrade");
  http.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const address = clientAddress(req, limits.settings.proxyHops);
    if (!limits.openConnection(address)) {
      socket.end(
        `HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(TOO_MANY)}\r\nConnection: close\r\n\r\n${TOO_MANY}`,
      );
      return;
    }
    socket.once("close", () => limits.closeConnection(address));
    const sessionId = new URL(req.url ?? "/", "ws://server").searchParams.get("sessionId");
    if (sessionId) limits.taken(address, sessionId);
    for (const listener of others) listener.call(http, req, socket, head);
  });
}
