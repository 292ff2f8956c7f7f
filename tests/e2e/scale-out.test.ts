import { Client, type Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RoundStory } from "../../common/schemas/server-messages.ts";
import { CampaignState } from "../../common/state/CampaignState.ts";
import { freePort, freshDatabase, startPostgresServer } from "../support/postgres-server.ts";
import { canRun, postgresMissing, redisMissing } from "../support/system-programs.ts";
import { startRedisServer } from "../support/redis-server.ts";
import { allDone } from "./support/campaign.ts";
import { Player } from "./support/player.ts";
import { startServerProcess, type ServerProcess } from "./support/server-process.ts";

const missing = redisMissing() ?? postgresMissing();

/**
 * Two server processes sharing rooms through a real redis-server (Colyseus's presence and driver) and one
 * PostgreSQL, each with its own public address: what one process holds, a client of the other finds, joins, watches
 * and reconnects to.
 */
describe("two server processes behind one Redis", () => {
  if (!canRun(missing, "redis-server and PostgreSQL")) return;
  const processes: ServerProcess[] = [];
  const players: Player[] = [];
  let teardown = async () => {};

  beforeAll(async () => {
    const [redis, pg] = await Promise.all([startRedisServer(), startPostgresServer()]);
    const db = await freshDatabase(pg.url);
    teardown = async () => {
      await db.drop();
      await Promise.all([pg.stop(), redis.stop()]);
    };
    for (const port of [await freePort(), await freePort()]) {
      const env = { PORT: String(port), PUBLIC_ADDRESS: `127.0.0.1:${port}`, REDIS_URL: redis.url, DATABASE_URL: db.url };
      processes.push(await startServerProcess(env));
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(players.map((p) => p.leave().catch(() => {})));
    await Promise.all(processes.map((p) => p.kill("SIGTERM")));
    await teardown();
  });

  /** The address the room's WebSocket went to: the public address of the process that holds the room. */
  const socketHost = (room: Room) => new URL((room.connection.transport as unknown as { ws: { url: string } }).ws.url).host;
  const address = (i: number) => `127.0.0.1:${processes[i]!.port}`;
  /** The process that holds the room `player` is in (the matchmaker spreads new rooms over the processes), and the other. */
  const holderOf = (player: Player) => {
    const holder = processes.findIndex((_, i) => address(i) === socketHost(player.room));
    expect(holder).toBeGreaterThanOrEqual(0);
    return { holder, other: 1 - holder };
  };

  const via = (i: number, name: string) => {
    const player = new Player(`ws://127.0.0.1:${processes[i]!.port}`, name);
    players.push(player);
    return player;
  };

  it("a private match created on one process is joined by code, watched and reconnected to through the other", async () => {
    const ada = await via(0, "Ada").join({ create: { private: true } });
    const { holder, other } = holderOf(ada);
    // Bo asks the process without the room: its matchmaker finds the room through Redis, reserves his seat on the
    // holder and sends his WebSocket to the holder's public address.
    const bo = await via(other, "Bo").join({ joinById: ada.code });
    expect(bo.seat).toBe("m2");
    expect(socketHost(bo.room)).toBe(address(holder));
    const watchers = [await via(0, "Watcher A").join({ joinById: ada.code }, { spectator: true }), await via(1, "Watcher B").join({ joinById: ada.code }, { spectator: true })];
    for (const m of [ada, bo]) m.send("ready", { ready: true });
    await ada.waitState((s) => Object.values(s.mayors).filter((m) => m.ready).length === 2, "both ready");
    ada.send("start", {});
    for (const p of [ada, bo, ...watchers]) await p.waitPhase("policy", 1);

    // Ada comes back with her reconnection token, asking the process that does not hold the room.
    const token = ada.room.reconnectionToken;
    const session = ada.room.sessionId;
    await ada.drop();
    await bo.waitState((s) => !s.mayors.m1!.connected, "Ada away");
    const back = await new Client(`ws://${address(other)}`).reconnect(token, CampaignState);
    back.onMessage("*", () => {});
    expect(back.sessionId).toBe(session);
    expect(socketHost(back)).toBe(address(holder));
    await bo.waitState((s) => s.mayors.m1!.connected, "Ada back");

    back.send("done", {});
    allDone([bo]);
    await bo.waitPhase("speech", 1);
    back.send("done", {});
    allDone([bo]);
    const stories = await Promise.all([bo, ...watchers].map((p) => p.next<{ story: RoundStory }>("round")));
    expect(stories.map((s) => s.story.round)).toEqual([1, 1, 1]);
    await back.leave(true);
  });

  it("a quick match opened on one process is found by a quick match on the other", async () => {
    const first = await via(1, "Cy").join({ joinOrCreate: true });
    const { holder, other } = holderOf(first);
    const second = await via(other, "Di").join({ joinOrCreate: true });
    expect(second.code).toBe(first.code);
    expect(socketHost(second.room)).toBe(address(holder));
    expect([first.seat, second.seat]).toEqual(["m1", "m2"]);
  });
});
