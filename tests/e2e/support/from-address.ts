import { request, type IncomingHttpHeaders } from "node:http";
import type { Socket } from "node:net";
import { randomBytes } from "node:crypto";

/**
 * HTTP and WebSocket handshakes from a chosen loopback address (all of 127.0.0.0/8 is this machine on Linux), so a
 * test can play several client addresses against a server listening on 127.0.0.1.
 */
export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  json<T = { error: string; code?: number }>(): T;
}

const answer = (status: number, headers: IncomingHttpHeaders, body: string): Answer => ({ status, headers, body, json: () => JSON.parse(body) });

/** POSTs `body` (a string, or `chunks` streamed one after another without a Content-Length) from `from`. */
export function postFrom(
  from: string,
  port: number,
  path: string,
  body: string | { chunks: number; chunkBytes: number },
  headers: Record<string, string> = {},
): Promise<Answer & { sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: "POST", localAddress: from, headers: { "Content-Type": "application/json", ...headers } });
    let sentBytes = 0;
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on("data", (c: Buffer) => parts.push(c));
      res.on("end", () => resolve({ ...answer(res.statusCode!, res.headers, Buffer.concat(parts).toString("utf8")), sentBytes }));
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    if (typeof body === "string") {
      sentBytes = Buffer.byteLength(body);
      req.end(body);
      return;
    }
    const chunk = Buffer.alloc(body.chunkBytes, 0x20);
    let left = body.chunks;
    // Writes only while the server keeps reading: once it answers (or stops reading), no more is sent.
    const pump = () => {
      while (left > 0 && !answered && !req.destroyed) {
        left -= 1;
        sentBytes += chunk.length;
        if (!req.write(chunk)) {
          req.once("drain", pump);
          return;
        }
      }
      if (left === 0 && !answered) req.end();
    };
    pump();
  });
}

/** A WebSocket handshake from `from`: the open socket once upgraded (held, never spoken on), or the refusal. */
export function upgradeFrom(from: string, port: number, path: string): Promise<{ upgraded: Socket } | { refused: Answer }> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: "127.0.0.1",
      port,
      path,
      localAddress: from,
      headers: { Connection: "Upgrade", Upgrade: "websocket", "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": randomBytes(16).toString("base64") },
    });
    req.on("upgrade", (_res, socket) => resolve({ upgraded: socket }));
    req.on("response", (res) => {
      const parts: Buffer[] = [];
      res.on("data", (c: Buffer) => parts.push(c));
      res.on("end", () => resolve({ refused: answer(res.statusCode!, res.headers, Buffer.concat(parts).toString("utf8")) }));
    });
    req.on("error", reject);
    req.end();
  });
}
