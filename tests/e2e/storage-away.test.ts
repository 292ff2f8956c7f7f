import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, startPostgresServer, type PostgresServer } from "../support/postgres-server.ts";
import { canRun, postgresMissing } from "../support/system-programs.ts";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.ts";
import { sleep } from "./support/player.ts";
import { startServer, type TestServer } from "./support/server.ts";

interface Reply {
  status: number;
  retryAfter: string | null;
  type: string | null;
  text: string;
}

/**
 * Errors as data on the real server over a real PostgreSQL, reached through a TCP proxy this test can cut: every API
 * failure is JSON `{ error }` with a status a client can act on (503 while the database is away), never a stack trace
 * or a file path, and /health says when storage is away.
 */
describe("the HTTP API while the database is away", () => {
  if (!canRun(postgresMissing(), "a real PostgreSQL server")) return;
  let pg: PostgresServer;
  let drop: () => Promise<void> = async () => {};
  let proxy: TcpProxy;
  let server: TestServer;
  const logged: string[] = [];

  beforeAll(async () => {
    pg = await startPostgresServer();
    const db = await freshDatabase(pg.url);
    drop = db.drop;
    proxy = await startTcpProxy(db.url);
    server = await startServer({ env: { DATABASE_URL: proxy.url }, log: (line) => logged.push(line) });
  });
  afterAll(async () => {
    await proxy?.up();
    await server?.close();
    await proxy?.close();
    await drop();
    await pg?.stop();
  });

  async function ask(path: string, init?: RequestInit): Promise<Reply> {
    const response = await fetch(`http://127.0.0.1:${server.running.port}${path}`, init);
    return { status: response.status, retryAfter: response.headers.get("retry-after"), type: response.headers.get("content-type"), text: await response.text() };
  }
  const post = (body: string): RequestInit => ({ method: "POST", headers: { "Content-Type": "application/json" }, body });

  function expectPlainJsonError(reply: Reply, status: number): void {
    expect(reply.status).toBe(status);
    expect(reply.type).toMatch(/^application\/json/);
    expect(Object.keys(JSON.parse(reply.text))).toEqual(["error"]);
    expect(reply.text).not.toMatch(/\bat \S+ \(|\.ts\b|\.js\b|\/work\/|node_modules|Error:/);
  }

  it("answers a client's own mistakes as JSON: an unknown route, a malformed or oversized body", async () => {
    expect(await ask("/health")).toMatchObject({ status: 200, text: JSON.stringify({ ok: true, storage: "ok" }) });
    expectPlainJsonError(await ask("/api/no-such-route"), 404);
    expectPlainJsonError(await ask("/api/players", post('{"name": "Ada"')), 400);
    expectPlainJsonError(await ask("/api/players", post(JSON.stringify({ name: "x".repeat(10_000) }))), 413);
  });

  it("answers 503 with Retry-After while the database is away, /health says so, and all is well once it is back", async () => {
    await proxy.down();
    const health = await ask("/health");
    expect(health.status).toBe(503);
    expect(JSON.parse(health.text)).toEqual({ ok: false, storage: "away" });
    for (const reply of [
      await ask("/api/campaigns"),
      await ask("/api/leaderboard"),
      await ask("/api/players/p0123456789abcdef"),
      await ask("/api/players", post(JSON.stringify({ name: "Ada" }))),
    ]) {
      expectPlainJsonError(reply, 503);
      expect(reply.retryAfter).toBe("5");
    }
    expect(logged.some((line) => /storage away/.test(line))).toBe(true);

    await proxy.up();
    let back = await ask("/api/campaigns");
    // postgres.js opens a fresh connection on the next query; the first may still meet the closed one.
    for (let i = 0; i < 20 && back.status !== 200; i++) {
      await sleep(100);
      back = await ask("/api/campaigns");
    }
    expect(back).toMatchObject({ status: 200, text: "[]" });
    expect(await ask("/health")).toMatchObject({ status: 200 });
  });
});
