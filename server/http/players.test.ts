import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IssuedIdentity, LeaderboardLine, PlayerProfile } from "../../common/schemas/players-api.ts";
import { connectDatabase, type Database } from "../persistence/connect.ts";
import { migrate } from "../persistence/migrate.ts";
import { createPostgresPlayerStore } from "../persistence/postgres-player-store.ts";
import { createPostgresStore } from "../persistence/postgres-store.ts";
import type { PlayerStore } from "../persistence/PlayerStore.ts";
import { RateLimiter } from "../rooms/rate-limit.ts";
import { playerRoutes } from "./players.ts";

const BURST = 4;

describe("players' HTTP API", () => {
  let db: Database;
  let players: PlayerStore;
  let server: Server;
  let base: string;
  /** Every answer's raw bytes, to check where tokens appear. */
  const answers: { route: string; body: string }[] = [];
  let clock = 0;

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    answers.push({ route: `${method} ${path}`, body: text });
    return { status: res.status, json: JSON.parse(text) as unknown };
  }
  /** Issues an identity a few minutes after the previous call, well within the address's rate. */
  const issue = async (name: string) => {
    clock += 5 * 60_000;
    return IssuedIdentity.parse((await call("POST", "/api/players", { name })).json);
  };

  beforeAll(async () => {
    db = await connectDatabase();
    await migrate(db.sql);
    players = createPostgresPlayerStore(db.sql);
    const app = express();
    app.use("/api", playerRoutes(players, { creationLimiter: new RateLimiter(BURST, 1 / 60), now: () => clock }));
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await db?.close();
  });

  it("issues an identity with a cleaned name and a fresh, provisional rating", async () => {
    const res = await call("POST", "/api/players", { name: "  Ana \u00a0 Lúcia " });
    expect(res.status).toBe(201);
    const issued = IssuedIdentity.parse(res.json);
    expect(issued.player).toEqual({ id: issued.player.id, name: "Ana Lúcia", rating: { ordinal: 0, uncertainty: 25 / 3, games: 0, provisional: true } });
  });

  it("refuses invisible names, extra fields and broken JSON, saying why", async () => {
    expect(await call("POST", "/api/players", { name: "\u200b\u200b" })).toMatchObject({ status: 400, json: { error: expect.stringMatching(/invisible/) } });
    expect((await call("POST", "/api/players", { name: "Bo", admin: true })).status).toBe(400);
    expect(await call("POST", "/api/players", "{not json")).toMatchObject({ status: 400, json: { error: expect.stringMatching(/JSON/) } });
  });

  it("renames with the bearer token only, and refuses every bad token alike", async () => {
    const { player, token } = await issue("Cleo");
    const renamed = await call("PATCH", "/api/players/me", { name: "Cleo Two" }, { authorization: `Bearer ${token}` });
    expect(renamed).toMatchObject({ status: 200, json: { player: { id: player.id, name: "Cleo Two" } } });
    const refusals = await Promise.all(
      [{} as Record<string, string>, { authorization: token }, { authorization: "Bearer nope" }, { authorization: `Bearer ${"A".repeat(43)}` }, { authorization: `Bearer ${token.slice(0, -1)}B` }].map(
        (headers) => call("PATCH", "/api/players/me", { name: "Mallory" }, headers),
      ),
    );
    for (const refusal of refusals) expect(refusal).toEqual({ status: 401, json: { error: "This token is not valid." } });
    expect((await players.getPlayer(player.id))?.name).toBe("Cleo Two");
    expect((await call("PATCH", "/api/players/me", { name: "" }, { authorization: `Bearer ${token}` })).status).toBe(400);
  });

  it("serves the leaderboard with tags for namesakes, and a player's history", async () => {
    const campaigns = createPostgresStore(db.sql);
    const [x, y, z] = [await issue("Dana"), await issue("dana"), await issue("Eve")];
    const ids = [x, y, z].map((i) => i.player.id);
    const mayors = ids.map((id, seat) => ({ id, name: `M${seat}`, color: "#112233", seat, isBot: false, strategy: null }));
    await campaigns.createCampaign({ id: "lb-1", code: "LB1", settings: { seed: 2, rounds: 3, mayors: mayors.map(({ id, name, color }) => ({ id, name, color })) }, mayors });
    await players.linkSeats("lb-1", ids.map((id) => ({ mayor: id, player: id })));
    await players.rateCampaign("lb-1", ids.map((player, i) => ({ player, rank: i + 1 })));

    const board = await call("GET", "/api/leaderboard?limit=10");
    const lines = LeaderboardLine.array().parse(board.json);
    expect(lines.map((l) => [l.place, l.label])).toEqual([
      [1, `Dana#${ids[0]!.slice(1, 4)}`],
      [2, `dana#${ids[1]!.slice(1, 4)}`],
      [3, "Eve"],
    ]);
    const profile = PlayerProfile.parse((await call("GET", `/api/players/${ids[0]}`)).json);
    expect(profile.ratingHistory).toMatchObject([{ campaignId: "lb-1", rank: 1, before: { mu: 25 } }]);
    expect(profile.recentCampaigns).toMatchObject([{ campaignId: "lb-1", status: "lobby", rank: null, mayors: 3 }]);
    expect((await call("GET", "/api/players/p0000000000000bad")).status).toBe(404);
    expect((await call("GET", "/api/players/not-an-id")).status).toBe(400);
  });

  it("limits new identities per address", async () => {
    clock += 60 * 60_000;
    const statuses: number[] = [];
    for (let i = 0; i <= BURST; i++) statuses.push((await call("POST", "/api/players", { name: `Flood ${i}` })).status);
    expect(statuses).toEqual([...new Array<number>(BURST).fill(201), 429]);
    clock += 60_000;
    expect((await call("POST", "/api/players", { name: "Later" })).status).toBe(201);
  });

  it("never shows a token except in the answer that issued it", async () => {
    const issued = answers.filter((a) => a.route === "POST /api/players" && a.body.includes('"token"'));
    const tokens = issued.map((a) => IssuedIdentity.parse(JSON.parse(a.body)).token);
    expect(tokens.length).toBeGreaterThan(5);
    for (const answer of answers) {
      const shown = tokens.filter((t) => answer.body.includes(t));
      expect(shown.length, answer.route).toBe(issued.includes(answer) ? 1 : 0);
    }
  });
});
