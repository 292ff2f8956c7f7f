import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";
import { boot, type RunningServer } from "../../../server/boot.ts";
import { loadConfig } from "../../../server/config.ts";

export interface ServedGame {
  server: RunningServer;
  url: string;
  close(): Promise<void>;
}

/** Builds the client with the repository's vite.config.ts (as `npm start`'s prestart does, into a temporary folder) and serves it. */
export async function serveGame(): Promise<ServedGame> {
  const clientDir = await mkdtemp(join(tmpdir(), "ecotopia-client-"));
  await build({ configFile: resolve("vite.config.ts"), logLevel: "warn", build: { outDir: clientDir, emptyOutDir: true } });
  return serveClient(clientDir, () => rm(clientDir, { recursive: true, force: true }));
}

/**
 * Boots the real server on a free port serving the client built in `clientDir`, with the config's shortest phase
 * timers; closing it stops the server, then runs `cleanUp`.
 */
export async function serveClient(clientDir: string, cleanUp: () => Promise<unknown>): Promise<ServedGame> {
  const server = await boot(
    loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: "memory://",
      CLIENT_DIR: clientDir,
      POLICY_SECONDS: "300",
      SPEECH_SECONDS: "600",
      REACTIONS_SECONDS: "8",
      RECONNECT_SECONDS: "60",
    }),
    { botDelayMs: 200 },
  );
  return {
    server,
    url: `http://127.0.0.1:${server.port}`,
    async close() {
      await server.close();
      await cleanUp();
    },
  };
}
