import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TournamentSummary, TournamentView } from "../../common/schemas/tournament.ts";
import { recordResult, start } from "../../common/tournament/play.ts";
import { tournamentStandings } from "../../common/tournament/standings.ts";
import { electionIn, HOST, ok, openTournament, playerId } from "../../tests/support/tournament.ts";
import { connectDatabase, type Database } from "../persistence/connect.ts";
import { migrate } from "../persistence/migrate.ts";
import { createPostgresPlayerStore } from "../persistence/postgres-player-store.ts";
import { createPostgresTournamentStore } from "../persistence/postgres-tournament-store.ts";
import { newIdentity } from "../identity/tokens.ts";
import { tournamentRoutes } from "./tournaments.ts";

describe("tournaments' HTTP API", () => {
  let db: Database;
  let server: Server;
  let base: string;
  const get = async (path: string) => {
    const res = await fetch(`${base}${path}`);
    return { status: res.status, json: (await res.json()) as unknown };
  };
  let tournament = ok(start(openTournament(5, { tableSize: 3, rounds: 2 }), HOST));

  beforeAll(async () => {
    db = await connectDatabase();
    await migrate(db.sql);
    const players = createPostgresPlayerStore(db.sql);
    for (const id of [HOST, ...[1, 2, 3, 4, 5].map(playerId)]) await players.createPlayer({ id, name: id, tokenHash: newIdentity().tokenHash });
    const table = tournament.rounds[0]!.tables[0]!;
    tournament = ok(recordResult(tournament, table.id, electionIn(table, table.seats.map((s) => s.mayor)), []));
    await createPostgresTournamentStore(db.sql).saveTournament(tournament);
    const app = express();
    app.use("/api", tournamentRoutes(createPostgresTournamentStore(db.sql)));
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await db?.close();
  });

  it("lists tournaments", async () => {
    const list = TournamentSummary.array().parse((await get("/api/tournaments?limit=5")).json);
    expect(list).toMatchObject([{ id: tournament.id, code: "CUP1", status: "running", entries: 5, currentRound: 1, rounds: 2 }]);
  });

  it("serves one tournament with its standings", async () => {
    const view = TournamentView.parse((await get(`/api/tournaments/${tournament.id}`)).json);
    expect(view).toEqual({ tournament, standings: tournamentStandings(tournament) });
    expect(view.standings[0]!.points).toBe(2);
  });

  it("answers 400 for a malformed id and 404 for an unknown one", async () => {
    expect((await get("/api/tournaments/nope")).status).toBe(400);
    expect((await get("/api/tournaments/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});
