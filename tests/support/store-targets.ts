import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectDatabase, type Database } from "../../server/persistence/connect.ts";
import { freshDatabase, startPostgresServer } from "./postgres-server.ts";

/** A database the store contract runs against. */
export interface StoreTarget {
  name: string;
  open(): Promise<Database>;
  /** Connects again to the same data, as a restarted server would; absent when nothing outlives close(). */
  reopen?: () => Promise<Database>;
  cleanup(): Promise<void>;
}

export function embeddedInMemory(): StoreTarget {
  return { name: "embedded PGlite (memory://)", open: () => connectDatabase({ dataDir: "memory://" }), cleanup: async () => {} };
}

export function embeddedInDir(): StoreTarget {
  let dir: string | null = null;
  const open = () => {
    dir ??= mkdtempSync(join(tmpdir(), "ecotopia-pglite-"));
    return connectDatabase({ dataDir: dir });
  };
  return {
    name: "embedded PGlite (data dir)",
    open,
    reopen: open,
    cleanup: async () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh database on a real server (see postgres-server.ts), dropped afterwards. */
export function realServer(): StoreTarget {
  let url: string | null = null;
  let teardown = async () => {};
  return {
    name: "PostgreSQL server",
    open: async () => {
      const server = await startPostgresServer();
      teardown = server.stop;
      const database = await freshDatabase(server.url);
      url = database.url;
      teardown = async () => {
        await database.drop();
        await server.stop();
      };
      return connectDatabase({ databaseUrl: url });
    },
    reopen: () => connectDatabase({ databaseUrl: url! }),
    cleanup: () => teardown(),
  };
}
