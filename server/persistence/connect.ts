import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import postgres from "postgres";

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

/**
 * Connects postgres.js to DATABASE_URL, or to an embedded PGlite served over the wire protocol on a free local
 * port, so the same client and SQL run in both cases.
 */
export async function connectDatabase({ databaseUrl, dataDir = "memory://" }: ConnectOptions = {}): Promise<Database> {
  if (databaseUrl) {
    const sql = postgres(databaseUrl, quiet);
    return { sql, url: databaseUrl, close: () => sql.end({ timeout: 5 }) };
  }
  const db = await PGlite.create(dataDir);
  // PGlite is a single session: one pooled connection. The spare server slots absorb a reconnect that arrives
  // before the server has noticed the old socket close.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 4 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres`;
  const sql = postgres(url, { ...quiet, max: 1 });
  return {
    sql,
    url,
    close: async () => {
      await sql.end({ timeout: 5 });
      await server.stop();
      await db.close();
    },
  };
}
