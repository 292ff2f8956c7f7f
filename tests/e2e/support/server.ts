import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";
import type { ModelProvider } from "../../../providers/provider.ts";
import { boot, type RunningServer } from "../../../server/boot.ts";
import { loadConfig } from "../../../server/config.ts";
import { Player } from "./player.ts";

/** Short timers (the config's lower bounds) so that "done" and the timers move a campaign along in seconds. */
export const TEST_ENV = {
  PORT: "0",
  HOST: "127.0.0.1",
  DATA_DIR: "memory://",
  POLICY_SECONDS: "10",
  SPEECH_SECONDS: "15",
  REACTIONS_SECONDS: "3",
  RECONNECT_SECONDS: "2",
  RESOLVE_DEADLINE_MS: "800",
  // Every client of a test comes from one loopback address, so the per-address limits are set out of reach here;
  // tests/e2e/abuse.test.ts sets them low on purpose.
  CONNECTIONS_PER_ADDRESS: "10000",
  ROOMS_PER_ADDRESS_PER_MINUTE: "10000",
  CODE_MISSES_PER_ADDRESS_PER_MINUTE: "10000",
  OPEN_RESERVATIONS_PER_ADDRESS: "10000",
} as const;

const BOT_DELAY_MS = 50;

export interface TestServer {
  running: RunningServer;
  /** A new client (not yet in a room) named `name`. */
  player(name: string): Player;
  /** GET on the HTTP API. */
  get<T>(path: string): Promise<{ status: number; body: T }>;
  /** A SQL connection to the server's own history database. */
  sql(): postgres.Sql;
  close(): Promise<void>;
}

/** Boots the real server (`boot`, embedded Postgres included) on a free port, as `npm start` would. */
export async function startServer(
  options: { env?: Record<string, string>; provider?: ModelProvider; log?: (line: string) => void } = {},
): Promise<TestServer> {
  const running = await boot(loadConfig({ ...TEST_ENV, ...options.env }), { botDelayMs: BOT_DELAY_MS, provider: options.provider, log: options.log });
  const endpoint = `ws://127.0.0.1:${running.port}`;
  const players: Player[] = [];
  const connections: postgres.Sql[] = [];
  return {
    running,
    player(name) {
      const player = new Player(endpoint, name);
      players.push(player);
      return player;
    },
    async get<T>(path: string) {
      const response = await fetch(`http://127.0.0.1:${running.port}${path}`);
      return { status: response.status, body: (await response.json()) as T };
    },
    sql() {
      const sql = postgres(running.databaseUrl, { max: 1, onnotice: () => {} });
      connections.push(sql);
      return sql;
    },
    async close() {
      await Promise.all(players.map((p) => p.leave().catch(() => {})));
      await Promise.all(connections.map((c) => c.end({ timeout: 1 })));
      await running.close();
    },
  };
}

/** A server shared by the suites of one test file: booted before the first, closed after the last. */
export interface Live {
  readonly server: TestServer;
}

/** Boots one server for the calling test file (booting the embedded Postgres costs seconds of CPU each time). */
export function liveServer(options: Parameters<typeof startServer>[0] = {}): Live {
  let server: TestServer | null = null;
  beforeAll(async () => {
    server = await startServer(options);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error("the server has not booted yet");
      return server;
    },
  };
}
