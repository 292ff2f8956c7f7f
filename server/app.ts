import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import express from "express";
import { Server, type ServerOptions } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { CampaignRoom, type RoomDeps } from "./rooms/CampaignRoom.ts";
import { TournamentRoom, type TournamentRoomDeps } from "./rooms/TournamentRoom.ts";
import { TOURNAMENT_ROOM } from "../common/schemas/tournament-room.ts";
import { apiRoutes, type HistoryReader } from "./http/routes.ts";
import { health } from "./http/health.ts";
import { apiNotFound, jsonErrors } from "./http/json-errors.ts";
import type { AddressLimits } from "./http/address-limits.ts";
import { capConnections } from "./http/connection-cap.ts";
import { serveMatchmaking } from "./http/matchmaking.ts";
import { colyseusLogger } from "./ops/colyseus-logger.ts";
import { playerRoutes } from "./http/players.ts";
import { tournamentRoutes } from "./http/tournaments.ts";
import type { PlayerStore } from "./persistence/PlayerStore.ts";
import type { TournamentStore } from "./persistence/TournamentStore.ts";
import { RateLimiter } from "./rooms/rate-limit.ts";

export const ROOM_NAME = "campaign";

export interface GameServerOptions {
  port: number;
  host?: string;
  room: RoomDeps;
  history: HistoryReader;
  players: PlayerStore;
  tournaments: TournamentStore;
  clientDir?: string;
  /** Per-address budgets of matchmaking and connections; the server serves its own matchmaking route with them. */
  limits?: AddressLimits;
  /** Extra routes (metrics, monitor) mounted before the client's pages. */
  extraRoutes?: (app: express.Express) => void;
  /** Redis presence, driver and this process's public address, to share rooms across processes. */
  scaleOut?: Pick<ServerOptions, "presence" | "driver" | "publicAddress">;
}

export interface GameServer {
  port: number;
  http: HttpServer;
  close(): Promise<void>;
}

/** One port serves the client's pages, the HTTP API and the Colyseus WebSocket endpoint. */
export async function startGameServer(options: GameServerOptions): Promise<GameServer> {
  const app = express();
  app.disable("x-powered-by");
  // req.ip (the identity limit) reads the client's address as the per-address limits do.
  if (options.limits) app.set("trust proxy", options.limits.settings.proxyHops);
  app.use("/api", apiRoutes(options.history, ROOM_NAME));
  // New identities per address: a few at once (a household, a classroom), then one a minute.
  app.use("/api", playerRoutes(options.players, { creationLimiter: new RateLimiter(5, 1 / 60) }));
  app.use("/api", tournamentRoutes(options.tournaments));
  app.use("/api", apiNotFound);
  app.get("/health", health(options.history));
  options.extraRoutes?.(app);
  const clientDir = options.clientDir ? resolve(options.clientDir) : null;
  if (clientDir && existsSync(clientDir)) {
    app.use(express.static(clientDir));
    app.get(/^\/(?!api|matchmake|monitor).*/, (_req, res) => res.sendFile(resolve(clientDir, "index.html")));
  }
  app.use(jsonErrors(options.room.log));
  const http = createServer(app);
  const gameServer = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: 64 * 1024 }),
    greet: false,
    gracefullyShutdown: false,
    logger: colyseusLogger(options.room.log),
    ...options.scaleOut,
  });
  if (options.limits) {
    serveMatchmaking(http, options.limits, gameServer.transport.protocol, options.room.log);
    capConnections(http, options.limits);
  }
  const deps = options.room;
  gameServer.define(
    ROOM_NAME,
    class extends CampaignRoom {
      deps = deps;
    },
  );
  const { players, tournaments } = options;
  const tournamentDeps: TournamentRoomDeps = { players, tournaments, campaignRoom: ROOM_NAME, reconnectSeconds: deps.reconnectSeconds, log: deps.log };
  gameServer.define(
    TOURNAMENT_ROOM,
    class extends TournamentRoom {
      deps = tournamentDeps;
    },
  );
  await gameServer.listen(options.port, options.host);
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    http,
    async close() {
      await gameServer.gracefullyShutdown(false);
    },
  };
}
