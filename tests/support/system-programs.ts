import { afterAll, beforeAll, expect, it } from "vitest";
import { freshDatabase, POSTGRES_MISSING, postgresServerAvailable, startPostgresServer } from "./postgres-server.ts";
import { REDIS_MISSING, redisServerAvailable } from "./redis-server.ts";

/**
 * The gate of a suite that needs a system program (PostgreSQL, redis-server): true when it may run. When `missing`
 * says what is not there, the suite fails under CI=true (CI installs it) and elsewhere warns loudly and skips.
 * `required` is false where the lack is the operator's choice rather than a missing install (an external database).
 */
export function canRun(missing: string | null, needs: string, required = true): boolean {
  if (missing === null) return true;
  if (required && process.env.CI === "true") it(`needs ${needs} (required when CI=true)`, () => expect.fail(missing));
  else {
    console.warn(`\n${"!".repeat(80)}\n${missing}\n${"!".repeat(80)}\n`);
    it.skip(missing);
  }
  return false;
}

/**
 * A PostgreSQL server of the suite's own with a fresh database, started before its tests and stopped after them (the
 * suite's own afterAll hooks, registered later, run first). `url()` is the database's URL once it is up.
 */
export function suiteDatabase(): { url(): string } {
  let url = "";
  let teardown = async () => {};
  beforeAll(async () => {
    const pg = await startPostgresServer();
    const db = await freshDatabase(pg.url);
    url = db.url;
    teardown = async () => {
      await db.drop();
      await pg.stop();
    };
  });
  afterAll(() => teardown());
  return { url: () => url };
}

/** Why the PostgreSQL suites cannot run here, or null when they can. */
export const postgresMissing = (): string | null => (postgresServerAvailable() ? null : POSTGRES_MISSING);

/** Why the Redis suites cannot run here, or null when they can. */
export const redisMissing = (): string | null => (redisServerAvailable() ? null : REDIS_MISSING);
