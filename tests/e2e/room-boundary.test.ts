import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModelProvider } from "../../providers/provider.ts";
import { startGameServer, type GameServer } from "../../server/app.ts";
import type { PlayerStore } from "../../server/persistence/PlayerStore.ts";
import type { CampaignRecorder } from "../../server/persistence/recorder.ts";
import type { TournamentStore } from "../../server/persistence/TournamentStore.ts";
import { allDone, openLobby, startCampaign } from "./support/campaign.ts";
import { Player } from "./support/player.ts";
import type { TestServer } from "./support/server.ts";

/** A provider with a bug: it throws where it should answer (not wrapped in the fallback, as a bug past it would be). */
const throwing: ModelProvider = {
  name: "buggy",
  extract: () => {
    throw new Error("extraction exploded");
  },
  react: () => Promise.reject(new Error("citizens exploded")),
};

/** Storage with a bug: every call throws at once. */
const throwingRecorder: CampaignRecorder = {
  campaignStarted: () => {
    throw new Error("storage exploded at the start");
  },
  roundResolved: () => {
    throw new Error("storage exploded on a round");
  },
  campaignFinished: () => {
    throw new Error("storage exploded at the end");
  },
};

/** Identity and tournament storage, which this test never reaches: a call fails loudly. */
const unreached = new Proxy({} as PlayerStore & TournamentStore, {
  get: (_target, key) => () => Promise.reject(new Error(`unexpected storage call: ${String(key)}`)),
});

/**
 * The room's exception boundary: a provider and a recorder that throw never take the process down or stall the
 * campaign; the failures are logged for operators and none of their text reaches a player.
 */
describe("a room that survives its own bugs", () => {
  let game: GameServer;
  const logged: string[] = [];
  const players: Player[] = [];

  beforeAll(async () => {
    game = await startGameServer({
      port: 0,
      host: "127.0.0.1",
      history: { listFinished: async () => [], getCampaign: async () => null },
      players: unreached,
      tournaments: unreached,
      room: {
        provider: throwing,
        recorder: throwingRecorder,
        players: unreached,
        competition: { seatsClaimed: () => {}, campaignEnded: () => ({ rated: false, reason: "host_unrated" }) },
        reconnectSeconds: 2,
        defaultSeconds: { policy: 10, speech: 15, reactions: 3 },
        botDelayMs: 50,
        log: (line) => logged.push(line),
      },
    });
  });

  afterAll(async () => {
    await Promise.all(players.map((p) => p.leave().catch(() => {})));
    await game.close();
  });

  it("plays a whole campaign: every round resolves through the local engine, the storage failures are logged", async () => {
    const server = {
      player(name: string) {
        const player = new Player(`ws://127.0.0.1:${game.port}`, name);
        players.push(player);
        return player;
      },
    } as unknown as TestServer;
    const mayors = await openLobby(server, ["Ada", "Bo"], { rounds: 3 });
    mayors[0]!.send("bot", { strategy: "liar" });
    await mayors[0]!.waitState((s) => Object.keys(s.mayors).length === 3, "the bot seated");
    await startCampaign(mayors[0]!, mayors);
    for (let round = 1; round <= 3; round++) {
      await Promise.all(mayors.map((p) => p.waitPhase("policy", round)));
      allDone(mayors);
      await Promise.all(mayors.map((p) => p.waitPhase("speech", round)));
      for (const mayor of mayors) mayor.send("speak", { text: "I will plant a forest by the river before the vote." });
      await mayors[0]!.next<{ story: { round: number; record: { summary: string } } }>("round", -1, (m) => m.story.round === round);
    }
    await mayors[0]!.next("result");
    expect(mayors[0]!.state.phase).toBe("ended");
    expect(logged.some((line) => line.includes("extraction exploded"))).toBe(true);
    expect(logged.some((line) => line.includes("storage exploded on a round"))).toBe(true);
    expect(logged.some((line) => line.includes("storage exploded at the end"))).toBe(true);
    const received = JSON.stringify(mayors.map((m) => m.log.entries));
    expect(received).not.toContain("exploded");
  });
});
