import type { IncomingMessage, Server as HttpServer, ServerResponse } from "node:http";
import { ErrorCode, getBearerToken, matchMaker } from "@colyseus/core";
import type { AddressLimits } from "./address-limits.ts";
import { clientAddress } from "./client-address.ts";

/** Join options are a name, a colour, a token and a few flags: well under a kilobyte. */
export const MATCHMAKE_BODY_BYTES = 4096;

const CREATES = new Set(["create", "joinOrCreate"]);

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

const refuse = (status: number, error: string, headers?: Record<string, string>): Answer => ({ status, body: { error }, headers });

/**
 * Serves Colyseus's matchmaking route (/matchmake/<method>/<room>) itself, through Colyseus's own controller, so that
 * nothing reaches the matchmaker unchecked: the body is capped by Content-Length and by the bytes that actually
 * arrive, before any parsing; rooms created, join codes that match nothing, and seats reserved but never taken are
 * limited per address, each with a clear 4xx. Everything else goes on to the listener that was there (Colyseus's,
 * which hands the rest to express). Call after `new Server(...)` has attached to `http`.
 */
export function serveMatchmaking(http: HttpServer, limits: AddressLimits, protocol: string | undefined, log: (line: string) => void): void {
  const others = http.listeners("request") as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners("request");
  http.on("request", (req: IncomingMessage, res: ServerResponse) => {
    // The same test as Colyseus's, so that what counts as matchmaking does not change.
    if (!req.url?.includes(`/${matchMaker.controller.matchmakeRoute}`)) {
      for (const listener of others) listener.call(http, req, res);
      return;
    }
    const headers = { ...matchMaker.controller.DEFAULT_CORS_HEADERS, ...matchMaker.controller.getCorsHeaders(req) };
    const failed = (error: unknown) => {
      log(`matchmaking ${req.url?.slice(0, 100)} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return refuse(500, "Matchmaking failed on the server.");
    };
    void matchmake(req, limits, protocol).catch(failed).then((answer) => {
      const body = JSON.stringify(answer.body);
      res.writeHead(answer.status, { ...headers, ...answer.headers, "Content-Type": "application/json" });
      res.end(body);
    });
  });
}

async function matchmake(req: IncomingMessage, limits: AddressLimits, protocol: string | undefined): Promise<Answer> {
  if (matchMaker.state === matchMaker.MatchMakerState.SHUTTING_DOWN) return refuse(503, "The server is shutting down; try again in a moment.");
  if (req.method === "OPTIONS") return { status: 204, body: "" };
  if (req.method !== "POST") return refuse(404, "Matchmaking takes a POST.");
  const path = new URL(req.url!, "http://server").pathname.split("/");
  const at = path.indexOf(matchMaker.controller.matchmakeRoute);
  const [method = "", roomName = ""] = path.slice(at + 1);
  if (!matchMaker.controller.exposedMethods.includes(method) || !/^[\w-]+$/.test(roomName)) return refuse(404, "No such matchmaking route.");

  const body = await readCapped(req);
  if (body === null) return refuse(413, `A matchmaking request body has at most ${MATCHMAKE_BODY_BYTES} bytes.`, { Connection: "close" });
  let options: unknown;
  try {
    options = body.length ? JSON.parse(body.toString("utf8")) : {};
  } catch {
    return refuse(400, "The join options are not valid JSON.");
  }

  const address = clientAddress(req, limits.settings.proxyHops);
  const retry = (perMinute: number) => ({ "Retry-After": String(Math.ceil(60 / perMinute)) });
  const { settings } = limits;
  if (!limits.mayReserve(address)) {
    return refuse(429, "Too many seats reserved and not taken from this address; wait a few seconds.", { "Retry-After": String(settings.reservationSeconds) });
  }
  if (method === "joinById" && !limits.mayLookUpCode(address)) {
    return refuse(429, "Too many unknown join codes from this address; wait a minute before trying another.", retry(settings.codeMissesPerMinute));
  }
  if (CREATES.has(method) && !limits.createRoom(address)) {
    return refuse(429, "Too many new campaigns from this address; wait a minute.", retry(settings.roomsPerMinute));
  }
  try {
    const context = { token: getBearerToken(req.headers.authorization ?? ""), headers: req.headers, ip: address, req };
    const reservation = await matchMaker.controller.invokeMethod(method, roomName, options, context);
    limits.reserved(address, reservation.sessionId);
    return { status: 200, body: protocol === undefined ? reservation : { ...reservation, protocol } };
  } catch (error) {
    const { code, message } = error as { code?: number; message?: string };
    if (method === "joinById" && code === ErrorCode.MATCHMAKE_INVALID_ROOM_ID) limits.codeMissed(address);
    // Colyseus's own refusals keep their shape (200 with a code), which colyseus.js turns into a MatchMakeError.
    return { status: 200, body: { code, error: message } };
  }
}

/** The request's body, or null once more than the cap has been announced or has arrived (the rest is never read). */
function readCapped(req: IncomingMessage): Promise<Buffer | null> {
  if (Number(req.headers["content-length"] ?? 0) > MATCHMAKE_BODY_BYTES) return Promise.resolve(null);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const stop = () => {
      req.removeAllListeners("data");
      req.pause();
      resolve(null);
    };
    req.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MATCHMAKE_BODY_BYTES) stop();
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", () => resolve(null));
  });
}
