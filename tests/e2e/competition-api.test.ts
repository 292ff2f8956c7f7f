import { describe, expect, it } from "vitest";
import { IssuedIdentity, LeaderboardLine, PlayerProfile } from "../../common/schemas/players-api.ts";
import { TournamentSummary } from "../../common/schemas/tournament.ts";
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
});
