import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ElectionResult, Speech } from "../../common/schemas/campaign.ts";
import type { CampaignHistory, CampaignSummary } from "../../common/schemas/history.ts";
import { allDone, nextRoundOrEnd } from "./support/campaign.ts";
import { startServer, type TestServer } from "./support/server.ts";

/** Finished campaigns outlive the server: boot on a data folder, play, stop, boot again on the same folder. */

const ROUNDS = 3;
const dir = mkdtempSync(join(tmpdir(), "ecotopia-e2e-"));
let server: TestServer | null = null;

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Played {
  code: string;
  result: ElectionResult;
  speeches: Speech[];
}

/** A host and a bot: the host adds the bot, readies, starts and says "done" in every phase; the bot plays. */
async function playAgainstBot(running: TestServer, host: string, strategy: string): Promise<Played> {
  const player = await running.player(host).join({ create: { private: true } });
  player.send("settings", { rounds: ROUNDS });
  player.send("bot", { strategy });
  player.send("ready", { ready: true });
  await player.waitState((s) => Object.keys(s.mayors).length === 2 && Object.values(s.mayors).every((m) => m.ready), "the bot seated, everyone ready");
  player.send("start", {});
  for (let round = 1; round <= ROUNDS; round++) {
    await player.waitPhase("policy", round);
    allDone([player]);
    await player.waitPhase("speech", round);
    allDone([player]);
    await nextRoundOrEnd([player], round);
  }
  const result = await player.next<ElectionResult>("result");
  return { code: player.code, result, speeches: player.messages<Speech[]>("speeches").flat() };
}

describe("a server restart", () => {
  it("keeps every finished campaign, listed and with its full history", async () => {
    server = await startServer({ env: { DATA_DIR: dir } });
    const played = await Promise.all([playAgainstBot(server, "Host A", "green"), playAgainstBot(server, "Host B", "liar")]);
    await server.running.queue.idle();
    await server.close();
    server = null;

    server = await startServer({ env: { DATA_DIR: dir } });
    const list = await server.get<CampaignSummary[]>("/api/campaigns");
    expect(list.status).toBe(200);
    for (const { code, result, speeches } of played) {
      const summary = list.body.find((c) => c.code === code);
      expect(summary, `campaign ${code} listed after the restart`).toMatchObject({ rounds: ROUNDS, winner: result.winner, ending: result.ending });

      const { status, body } = await server.get<CampaignHistory>(`/api/campaigns/${summary!.id}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: "finished", code, winner: result.winner, votes: result.votes, tieBreak: result.tieBreak });
      expect(body.mayors).toMatchObject([{ id: "m1", isBot: false }, { id: "m2", isBot: true }]);
      expect(body.rounds.map((r) => r.round)).toEqual([1, 2, 3]);
      expect(body.rounds.flatMap((r) => r.speeches)).toEqual(speeches);
      expect(speeches.filter((s) => s.mayor === "m2")).toHaveLength(ROUNDS);
      expect(body.rounds.flatMap((r) => r.actions).length).toBeGreaterThan(0);
      expect(body.rounds.every((r) => r.modelCalls.length > 0)).toBe(true);
      expect(body.events.length).toBeGreaterThan(ROUNDS * 4);
      expect([...body.standings].sort((a, b) => a.mayor.localeCompare(b.mayor))).toEqual([...result.standings].sort((a, b) => a.mayor.localeCompare(b.mayor)));
    }
  });
});
