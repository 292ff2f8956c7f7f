import { rate, rating } from "openskill";
import { describe, expect, it } from "vitest";
import { finalRanking } from "../../common/rating/final-ranking.ts";
import type { ElectionResult } from "../../common/schemas/campaign.ts";
import { IssuedIdentity, LeaderboardLine, PlayerProfile } from "../../common/schemas/players-api.ts";
import { TournamentSummary } from "../../common/schemas/tournament.ts";
import { issueIdentity } from "../../server/identity/identity.ts";
import { createPostgresPlayerStore } from "../../server/persistence/postgres-player-store.ts";
import { allDone, nextRoundOrEnd, startCampaign } from "./support/campaign.ts";
import { liveServer } from "./support/server.ts";

/** The players' and tournaments' HTTP API as `boot` mounts it: real server, embedded Postgres. */
describe("identity and tournament routes on the live server", () => {
  const live = liveServer();
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`http://127.0.0.1:${live.server.running.port}/api${path}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, json: (await res.json()) as unknown };
  };

  it("issues an identity, renames it with its token, and serves its profile, the leaderboard and the tournaments", async () => {
    const issued = await call("POST", "/players", { name: "Ada" });
    expect(issued.status).toBe(201);
    const { player, token } = IssuedIdentity.parse(issued.json);
    const renamed = await call("PATCH", "/players/me", { name: "Ada L" }, { authorization: `Bearer ${token}` });
    expect(renamed).toMatchObject({ status: 200, json: { player: { id: player.id, name: "Ada L" } } });
    expect((await call("PATCH", "/players/me", { name: "Eve" }, { authorization: `Bearer ${token.slice(1)}x` })).status).toBe(401);
    const profile = PlayerProfile.parse((await call("GET", `/players/${player.id}`)).json);
    expect(profile.player).toMatchObject({ id: player.id, name: "Ada L", rating: { games: 0, provisional: true } });
    expect(LeaderboardLine.array().parse((await call("GET", "/leaderboard")).json)).toEqual([]);
    expect(TournamentSummary.array().parse((await call("GET", "/tournaments")).json)).toEqual([]);
  });

  it("limits new identities per address: a burst, then 429 with a sentence", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await call("POST", "/players", { name: `Guest ${i}` })).status);
    // The first test used one of the address's five.
    expect(statuses).toEqual([201, 201, 201, 201, 429, 429]);
    expect((await call("POST", "/players", { name: "Late" })).json).toEqual({ error: expect.stringMatching(/Too many new identities/) });
  });

  it("rates a campaign its host chose rated, and shows it on the leaderboard and each player's page", async () => {
    const { server } = live;
    const store = createPostgresPlayerStore(server.sql());
    const identities = await Promise.all(["Rae", "Sol", "Tam"].map((name) => issueIdentity(store, name)));
    const [host, ...others] = identities;
    const mayors = [await server.player("Rae").join({ create: { private: true } }, { token: host!.token })];
    for (const { player, token } of others) mayors.push(await server.player(player.name).join({ joinById: mayors[0]!.code }, { token }));
    mayors[0]!.send("settings", { rated: true, rounds: 3 });
    for (const mayor of mayors) mayor.send("ready", { ready: true });
    await mayors[0]!.waitState((s) => Object.values(s.mayors).every((m) => m.ready) && (s.settings as { rated: boolean }).rated, "all ready, rated");
    await startCampaign(mayors[0]!, mayors);
    for (let round = 1; round <= 3; round++) {
      await Promise.all(mayors.map((m) => m.waitPhase("policy", round)));
      allDone(mayors);
      await Promise.all(mayors.map((m) => m.waitPhase("speech", round)));
      allDone(mayors);
      await nextRoundOrEnd(mayors, round);
    }
    const result = await mayors[0]!.next<ElectionResult & { campaignId: string }>("result");
    await server.running.queue.idle();

    const seatOf = new Map(identities.map((id, i) => [mayors[i]!.seat, id.player.id]));
    const placings = finalRanking(result, []);
    const after = rate(placings.map(() => [rating()]), { rank: placings.map((p) => p.rank) });
    const board = LeaderboardLine.array().parse((await call("GET", "/leaderboard")).json);
    expect(board.map((line) => line.player.id).sort()).toEqual(identities.map((i) => i.player.id).sort());
    for (const [i, placing] of placings.entries()) {
      const profile = PlayerProfile.parse((await call("GET", `/players/${seatOf.get(placing.mayor)}`)).json);
      expect(profile.player.rating).toMatchObject({ games: 1, provisional: true });
      expect(profile.ratingHistory).toHaveLength(1);
      expect(profile.ratingHistory[0]!.rank).toBe(placing.rank);
      expect(profile.ratingHistory[0]!.after.mu).toBeCloseTo(after[i]![0]!.mu, 9);
      expect(profile.recentCampaigns).toMatchObject([{ campaignId: profile.ratingHistory[0]!.campaignId, status: "finished", mayors: 3, rank: expect.any(Number) }]);
    }
  });
});
