import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * The embedded PostgreSQL (PGlite) in its own thread: its queries run on this thread's event loop, never on the
 * game's, and the server reaches it over the wire protocol on a free local port like any DATABASE_URL.
 * Messages: out { url } once listening, or { error }; in "close", answered with "closed" once the data is flushed.
 */
const { dataDir } = workerData as { dataDir: string };
const port = parentPort!;

let db: PGlite | null = null;
let server: PGLiteSocketServer | null = null;
try {
  db = await PGlite.create(dataDir);
  // PGlite is a single session: one pooled connection. The spare server slots absorb a reconnect that arrives
  // before the server has noticed the old socket close.
  server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 4 });
  await server.start();
  port.postMessage({ url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres` });
} catch (error) {
  await db?.close().catch(() => {});
  port.postMessage({ error: (error as Error).message });
  port.close();
}

port.on("message", async (message) => {
  if (message !== "close") return;
  await server?.stop();
  await db?.close();
  port.postMessage("closed");
  port.close();
});
