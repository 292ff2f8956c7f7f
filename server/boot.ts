import { localProvider } from "../providers/local/local-provider.ts";
import type { ModelProvider } from "../providers/provider.ts";
import { ROOM_NAME, startGameServer, type GameServer } from "./app.ts";
import { partDeadlineMs, type ServerConfig } from "./config.ts";
import { competitionRecorder } from "./competition/rate-campaign.ts";
import { connectDatabase } from "./persistence/connect.ts";
import { migrate } from "./persistence/migrate.ts";
import { createPostgresStore } from "./persistence/postgres-store.ts";
import { createPostgresPlayerStore } from "./persistence/postgres-player-store.ts";
import { createPostgresTournamentStore } from "./persistence/postgres-tournament-store.ts";
import { createPostgresResumeStore } from "./persistence/postgres-resume-store.ts";
import { queuedRecorder } from "./persistence/recorder.ts";
import { resumeCampaigns } from "./rooms/resume.ts";
import { scaleOutFromConfig } from "./scale-out.ts";
import { WriteQueue } from "./persistence/write-queue.ts";
import { providerFromConfig } from "../providers/from-config.ts";
import { withFallback } from "../providers/with-fallback.ts";
import { localWorkerProvider } from "./providers/worker-provider.ts";
import { addressLimits } from "./http/address-limits.ts";
import { ServerMetrics } from "./ops/metrics.ts";
import { opsRoutes } from "./ops/ops-routes.ts";

/** The longest a bot thinks before its turn (at most 40% of the phase): long enough to read as a rival, not a script. */
const BOT_DELAY_MS = 9000;

/** How long a shutdown waits for pending storage writes. */
const CLOSE_WAIT_MS = 5000;

export interface BootOptions {
  /** The model provider behind the fallback; the configured one when not given. */
  provider?: ModelProvider;
  botDelayMs?: number;
  log?: (line: string) => void;
}

export interface RunningServer extends GameServer {
  queue: WriteQueue;
  /** The history database's URL (the embedded one listens on a free local port): for operators' tools and tests. */
  databaseUrl: string;
}

/** Everything `npm start` does after the client is built: database, migrations, storage, rooms, HTTP. */
export async function boot(config: ServerConfig, options: BootOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.error(line));
  const database = await connectDatabase(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : { dataDir: config.DATA_DIR });
  const applied = await migrate(database.sql);
  if (applied.length) log(`migrations applied: ${applied.join(", ")}`);
  const store = createPostgresStore(database.sql);
  const queue = new WriteQueue({
    onError: (error, write) => log(`storage write "${write.label}" failed (attempt ${write.attempt}), will retry: ${(error as Error).message}`),
  });
  // The local engines answer from their own thread, off the game's loop; should the thread crash or stick past the
  // deadline, the same engines answer in-process for that part.
  const localWorker = localWorkerProvider();
  const local = withFallback(localWorker, localProvider, partDeadlineMs(config));
  const provider = withFallback(options.provider ?? providerFromConfig(config, local), local, partDeadlineMs(config));
  const players = createPostgresPlayerStore(database.sql);
  const metrics = new ServerMetrics(() => queue.status());
  const resume = createPostgresResumeStore(database.sql);
  const processName = config.PUBLIC_ADDRESS ?? "";
  const server = await startGameServer({
    port: config.PORT,
    host: config.HOST,
    clientDir: config.CLIENT_DIR,
    history: store,
    limits: addressLimits(config),
    extraRoutes: (app) => app.use(opsRoutes(metrics, config.ADMIN_TOKEN)),
    players,
    tournaments: createPostgresTournamentStore(database.sql),
    scaleOut: scaleOutFromConfig(config),
    room: {
      provider,
      players,
      competition: competitionRecorder(players, queue),
      recorder: queuedRecorder(store, queue, { resolveDeadlineMs: config.RESOLVE_DEADLINE_MS, log, resume, process: processName }),
      reconnectSeconds: config.RECONNECT_SECONDS,
      defaultSeconds: { policy: config.POLICY_SECONDS, speech: config.SPEECH_SECONDS, reactions: config.REACTIONS_SECONDS },
      botDelayMs: options.botDelayMs ?? BOT_DELAY_MS,
      log,
      metrics,
      seatReservationSeconds: config.SEAT_RESERVATION_SECONDS,
    },
  });
  await resumeCampaigns(resume, { process: processName, roomName: ROOM_NAME, reconnectSeconds: config.RECONNECT_SECONDS, log });
  return {
    ...server,
    queue,
    databaseUrl: database.url,
    async close() {
      await server.close();
      await Promise.race([queue.idle(), new Promise((done) => setTimeout(done, CLOSE_WAIT_MS))]);
      queue.stop();
      await Promise.all([database.close(), localWorker.close()]);
    },
  };
}
