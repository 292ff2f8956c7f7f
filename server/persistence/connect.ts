import type { Worker } from "node:worker_threads";
import postgres from "postgres";
import { startTypeScriptWorker } from "../typescript-worker.ts";

export interface Database {
  sql: postgres.Sql;
  url: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A PostgreSQL server; without one an embedded PGlite is started. */
  databaseUrl?: string;
  /** The embedded database's folder, kept across restarts; `memory://` keeps nothing. */
  dataDir?: string;
}

const quiet = { onnotice: () => {} };

/** Starts the embedded database's thread and waits for its address (or its failure). */
async function startEmbedded(dataDir: string): Promise<{ url: string; worker: Worker }> {
  const worker = startTypeScriptWorker(new URL("./embedded-postgres.worker.ts", import.meta.url), { workerData: { dataDir } });
  const answer = await new Promise<{ url?: string; error?: string }>((resolve) => {
    worker.once("message", resolve);
    worker.once("error", (error) => resolve({ error: error.message }));
    worker.once("exit", (code) => resolve({ error: `the embedded database's thread exited with ${code}` }));
  });
  if (!answer.url) {
    await worker.terminate();
    throw new Error(`The embedded database could not start: ${answer.error}`);
  }
  // A thread that dies later must not take the game with it: queries then fail, and the write queue keeps the
  // writes, retries them and tells the operators.
  worker.on("error", () => {});
  return { url: answer.url, worker };
}

/**
 * Connects postgres.js to DATABASE_URL, or to an embedded PGlite served over the wire protocol on a free local
 * port from its own thread, so the same client and SQL run in both cases and no query runs on the game's loop.
 */
export async function connectDatabase({ databaseUrl, dataDir = "memory://" }: ConnectOptions = {}): Promise<Database> {
  if (databaseUrl) {
    const sql = postgres(databaseUrl, quiet);
    return { sql, url: databaseUrl, close: () => sql.end({ timeout: 5 }) };
  }
  const { url, worker } = await startEmbedded(dataDir);
  const sql = postgres(url, { ...quiet, max: 1 });
  return {
    sql,
    url,
    close: async () => {
      await sql.end({ timeout: 5 });
      const closed = new Promise<void>((done) => {
        worker.once("message", () => done());
        worker.once("exit", () => done());
      });
      worker.postMessage("close");
      await closed;
      await worker.terminate();
    },
  };
}
