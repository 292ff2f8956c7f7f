import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ElectionResult } from "../../common/schemas/campaign.ts";
import type { CampaignHistory } from "../../common/schemas/history.ts";
import type { RoundStory } from "../../common/schemas/server-messages.ts";
import { freshDatabase, startPostgresServer, type PostgresServer } from "../support/postgres-server.ts";
import { canRun, postgresMissing } from "../support/system-programs.ts";
import { actBesideBots, allDone } from "./support/campaign.ts";
import { sleep, type Player } from "./support/player.ts";
import { startServer, type TestServer } from "./support/server.ts";

const ROUNDS = 7;
const OUTAGE_MS = 30_000;
const EXTERNAL = "a database outage needs a server this test may stop: unset DATABASE_URL to let it start its own PostgreSQL";

/**
 * A real PostgreSQL server stopped for 30 s in the middle of a campaign: the rounds go on at their pace (each waits
 * only resolving's deadline for its write), operators are told, and once the database is back every round, speech,
 * action and vote lands, in order.
 */
const why = process.env.DATABASE_URL ? EXTERNAL : postgresMissing();

describe("the database stopped for 30 s mid-campaign", () => {
  if (!canRun(why, "a real PostgreSQL server", !process.env.DATABASE_URL)) return;

  let pg: PostgresServer;
  let drop: () => Promise<void> = async () => {};
  let server: TestServer;
  const logged: string[] = [];

  beforeAll(async () => {
    pg = await startPostgresServer();
    const db = await freshDatabase(pg.url);
    drop = db.drop;
    server = await startServer({ env: { DATABASE_URL: db.url }, log: (line) => logged.push(line) });
  });

  afterAll(async () => {
    // After a failure mid-outage the server is still down; starting a running one only fails.
    await pg?.outage?.up().catch(() => {});
    await server?.close();
    await drop();
    await pg?.stop();
  });

  /** Plants or researches, then says "done" in both timed phases of the round, and waits for its story. */
  async function playRound(host: Player, round: number): Promise<RoundStory> {
    const mark = host.mark();
    await host.waitPhase("policy", round);
    await actBesideBots(host, 2);
    allDone([host]);
    await host.waitPhase("speech", round);
    allDone([host]);
    return (await host.next<{ story: RoundStory }>("round", mark, (r) => r.story.round === round)).story;
  }

  it("plays on, tells operators, and stores everything once the database is back", async () => {
    const host = await server.player("Host").join({ create: { private: true } });
    host.send("settings", { rounds: ROUNDS });
    host.send("bot", { strategy: "green" });
    host.send("ready", { ready: true });
    await host.waitState((s) => Object.keys(s.mayors).length === 2 && Object.values(s.mayors).every((m) => m.ready), "the bot seated, everyone ready");
    host.send("start", {});
    const stories = [await playRound(host, 1)];
    await server.running.queue.idle();

    await pg.outage!.down();
    const downAt = performance.now();
    for (let round = 2; round <= ROUNDS; round++) stories.push(await playRound(host, round));
    const result = await host.next<ElectionResult>("result");
    const playedWhileDown = performance.now() - downAt;
    expect(server.running.queue.status().pending).toBeGreaterThanOrEqual(ROUNDS);
    await sleep(Math.max(0, OUTAGE_MS - playedWhileDown));
    await pg.outage!.up();
    await server.running.queue.idle();

    expect(playedWhileDown, "all the rounds after the first were played while the database was down").toBeLessThan(OUTAGE_MS);
    expect(logged.some((l) => /round 2 is not stored yet \(the database does not answer\); the campaign goes on/.test(l))).toBe(true);
    expect(logged.some((l) => /storage write "round \d" failed \(attempt \d+\), will retry/.test(l))).toBe(true);

    const sql = server.sql();
    const [row] = await sql<{ id: string }[]>`SELECT id FROM campaigns WHERE code = ${host.code}`;
    const { body } = await server.get<CampaignHistory>(`/api/campaigns/${row!.id}`);
    expect(body).toMatchObject({ status: "finished", winner: result.winner, votes: result.votes });
    expect(body.rounds.map((r) => r.round)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const stored = body.rounds.map((r) => ({ round: r.round, speeches: r.speeches, actions: r.actions, summary: r.summary, reactions: r.reactions }));
    const seen = stories.map((s) => ({ round: s.round, speeches: s.speeches, actions: s.actions, summary: s.record.summary, reactions: s.record.approvalChanges }));
    expect(stored).toEqual(seen);
  });
});
