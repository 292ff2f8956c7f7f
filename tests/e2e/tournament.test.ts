import { rate, rating } from "openskill";
import type postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finalRanking } from "../../common/rating/final-ranking.ts";
import type { ElectionResult } from "../../common/schemas/campaign.ts";
import { TournamentView, type Table } from "../../common/schemas/tournament.ts";
import { tournamentSettings } from "../support/tournament.ts";
import { placementPoints } from "../../common/tournament/points.ts";
import { tournamentStandings } from "../../common/tournament/standings.ts";
import { issueIdentity } from "../../server/identity/identity.ts";
import { createPostgresPlayerStore } from "../../server/persistence/postgres-player-store.ts";
import { Client } from "colyseus.js";
import { TOURNAMENT_ROOM } from "../../common/schemas/tournament-room.ts";
import { TournamentState } from "../../common/state/TournamentState.ts";
import { Entrant } from "./support/entrant.ts";
import type { Player } from "./support/player.ts";
import { liveServer, type TestServer } from "./support/server.ts";

const SETTINGS = tournamentSettings({ rounds: 2 });
const WAIT_MS = 120_000;

/**
 * Twelve scripted players (colyseus.js, real server, embedded Postgres) play a two-round tournament of three-mayor
 * campaigns. One drops out of their first campaign and comes back past the reconnection window with their token;
 * one leaves everything in the first campaign and never returns. Standings and ratings are then recomputed from the
 * stored campaigns and compared with what the server stored and serves.
 */
const live = liveServer();
/**
 * One connection for the whole file, used only while no room writes: the embedded Postgres is one session, which a
 * second client's statements must not interleave with.
 */
let sqlConnection: postgres.Sql | null = null;
const database = () => (sqlConnection ??= live.server.sql());

const NAMES = ["Forger", "Host", "Ada", "Bo", "Cy", ...Array.from({ length: 12 }, (_, i) => `Player ${i + 1}`)];
const people = new Map<string, Entrant>();
const entrant = (name: string) => people.get(name)!;

beforeAll(async () => {
  const store = createPostgresPlayerStore(database());
  for (const name of NAMES) {
    const { player, token } = await issueIdentity(store, name);
    people.set(name, new Entrant(live.server, player.name, player.id, token));
  }
});

describe("the tournament lobby", () => {
  const refusal = (e: Entrant, refused: string) => e.log.until(() => e.messages("error").find((m) => m.refused === refused), `${e.name}: "${refused}" refused`);

  it("refuses a forged token and a creation without settings, before any room exists", async () => {
    const client = new Client(`ws://127.0.0.1:${live.server.running.port}`);
    await expect(client.create(TOURNAMENT_ROOM, { token: "x".repeat(43), create: SETTINGS })).rejects.toThrow("valid identity token");
    const host = entrant("Forger");
    await expect(client.create(TOURNAMENT_ROOM, { token: host.token })).rejects.toThrow("valid settings");
  });

  it("lets the host remove, close and start, keeps the role across a reload, and drops players who leave before the start", async () => {
    const [host, ada, bo, cy] = ["Host", "Ada", "Bo", "Cy"].map(entrant) as [Entrant, Entrant, Entrant, Entrant];
    await host.enter({ create: { ...SETTINGS, name: "Lobby Cup" } });
    const code = host.room.roomId;
    for (const e of [ada, bo, cy]) await e.enter({ code });
    const watcher = await new Client(`ws://127.0.0.1:${live.server.running.port}`).joinById(code, {}, TournamentState);
    const watched = new Promise<{ code: string }>((resolve) => watcher.onMessage("error", resolve));
    watcher.onMessage("*", () => {});
    watcher.send("register", {});
    expect(await watched).toMatchObject({ code: "no_identity" });
    ada.send("close");
    expect(await refusal(ada, "close")).toMatchObject({ code: "not_host" });

    for (const e of [ada, bo, cy]) e.send("register");
    await host.untilView((v) => v.tournament.entries.length === 3, "three entries");
    // Five registrations at once per identity, then one every ten seconds: Ada's sixth in a row is refused as too fast.
    for (let i = 0; i < 5; i++) ada.send("register");
    await ada.log.until(() => ada.messages("error").filter((m) => m.refused === "register").length === 5, "Ada's five answers");
    // The refusal for speed is answered at once, the others after a store read: compare without order.
    expect(ada.messages("error").filter((m) => m.refused === "register").map((m) => m.code).sort()).toEqual([...Array(4).fill("already_registered"), "rate_limited"]);
    host.send("remove", { player: cy.id });
    await host.untilView((v) => v.tournament.entries.every((e) => e.player !== cy.id), "Cy removed");

    await host.drop();
    await host.enter({ code });
    expect(host.messages("welcome").at(-1)).toMatchObject({ player: host.id });
    expect(host.room.state.hostId).toBe(host.id);
    host.send("close");
    await host.untilView((v) => v.tournament.status === "closed", "registration closed");
    cy.send("register");
    expect(await refusal(cy, "register")).toMatchObject({ code: "registration_closed" });

    await bo.leave();
    await host.untilView((v) => v.tournament.entries.map((e) => e.player).join() === ada.id, "Bo dropped out");
    host.send("start");
    expect(await refusal(host, "start")).toMatchObject({ code: "too_few_players" });
    await Promise.all([host, ada, cy].map((e) => e.leave()));
    await watcher.leave();
  });
});

describe("a tournament of 12 players over two rounds", () => {
  let server: TestServer;
  let entrants: Entrant[];
  let host: Entrant;
  let returner: Entrant;
  let leaver: Entrant;
  const returnerSeats: string[] = [];

  beforeAll(async () => {
    server = live.server;
    entrants = NAMES.filter((n) => n.startsWith("Player ")).map(entrant);
    [host, returner, leaver] = entrants as [Entrant, Entrant, Entrant];
    await host.enter({ create: SETTINGS });
    await Promise.all(entrants.slice(1).map((e) => e.enter({ code: host.room.roomId })));
    for (const e of entrants) e.send("register");
    await host.untilView((v) => v.tournament.entries.length === 12, "12 entries");
    host.send("start");

    // The two who drop do not play: a campaign whose mayors all say "done" at once can finish before a slow machine
    // gets here, and they must drop while it still runs.
    const round1 = await Promise.all(entrants.map((e) => e.play(1, e !== returner && e !== leaver)));
    const [, back, gone] = round1 as [Player, Player, Player];
    await Promise.all([back.waitPhase("policy", 1), gone.waitPhase("policy", 1)]);
    returnerSeats.push(back.seat);
    await Promise.all([back.drop(), gone.drop(), leaver.drop()]);
    // Back with the token once the reconnection window (2 s) has closed, so only the identity can reclaim the seat.
    const tablemate = round1.find((p) => p !== back && p.code === back.code)!;
    await tablemate.next("notice", -1, (n: { kind: string; mayor: string }) => n.kind === "seat_lost" && n.mayor === back.seat);
    const again = await returner.join(back.code);
    returnerSeats.push(again.seat);

    await host.untilView((v) => v.tournament.rounds.length === 2, "round 2 paired", WAIT_MS);
    await Promise.all(entrants.filter((e) => e !== leaver).map((e) => e.play(2)));
    await host.untilView((v) => v.tournament.status === "finished", "the tournament finished", WAIT_MS);
    await server.running.queue.idle();
  }, 4 * WAIT_MS);

  afterAll(async () => {
    await Promise.all(entrants.map((e) => e.leave().catch(() => {})));
  });

  /** Each table's election as the history database stored it, in the table's mayor ids (seat i is mayor m<i+1>). */
  async function storedElection(table: Table): Promise<ElectionResult> {
    const rows = await database()<{ mayor: string; rank: number; votes: number; approvalSum: number; kept: number; broken: number }[]>`
      SELECT mayor_id AS mayor, rank, votes, approval_sum AS "approvalSum", kept, broken FROM standings WHERE campaign_id = ${table.campaignId!}`;
    const standings = rows.map((r) => ({ ...r, mayor: table.seats[Number(r.mayor.slice(1)) - 1]!.mayor }));
    return { ending: "completed", votes: [], standings, winner: standings.find((s) => s.rank === 1)!.mayor, tieBreak: null };
  }

  it("kept the returner's seat, scored the leaver last and paired them no more", async () => {
    expect(returnerSeats[1]).toBe(returnerSeats[0]);
    const { tournament } = TournamentView.parse((await server.get(`/api/tournaments/${host.view.tournament.id}`)).body);
    const [first, second] = tournament.rounds;
    const placing = (id: string) => first!.tables.flatMap((t) => t.result!).find((p) => p.mayor === id)!;
    expect(placing(returner.id)).toMatchObject({ abandoned: false });
    expect(placing(leaver.id)).toMatchObject({ abandoned: true, rank: 3, points: 0 });
    expect(tournament.entries.find((e) => e.player === leaver.id)!.absent).toBe(true);
    expect(second!.tables.flatMap((t) => t.seats.map((s) => s.mayor))).not.toContain(leaver.id);
    expect(second!.tables.flatMap((t) => t.seats.map((s) => s.mayor))).toContain(returner.id);
    // Eleven players in tables of three: one seat is a bot's.
    expect(second!.tables.flatMap((t) => t.seats).filter((s) => s.bot !== null)).toHaveLength(1);
  });

  it("scored every table from its stored campaign, and serves the standings those scores give", async () => {
    const view = TournamentView.parse((await server.get(`/api/tournaments/${host.view.tournament.id}`)).body);
    for (const table of view.tournament.rounds.flatMap((r) => r.tables)) {
      const left = table.seats.some((s) => s.mayor === leaver.id) && table.id.startsWith("r1") ? [leaver.id] : [];
      const expected = placementPoints(finalRanking(await storedElection(table), left), table.seats.length);
      expect(table.result, table.id).toEqual(expected);
    }
    expect(view.standings).toEqual(tournamentStandings(view.tournament));
    expect(host.view.standings).toEqual(view.standings);
    expect(view.standings.at(-1)).toMatchObject({ player: leaver.id, absent: true });
  });

  it("rated each all-human campaign with openskill from the stored ranking, round by round", async () => {
    const { tournament } = TournamentView.parse((await server.get(`/api/tournaments/${host.view.tournament.id}`)).body);
    const skills = new Map(entrants.map((e) => [e.id, rating()]));
    let rated = 0;
    for (const table of tournament.rounds.flatMap((r) => r.tables)) {
      if (table.seats.some((s) => s.bot !== null)) continue;
      rated += 1;
      const placings = table.result!;
      const after = rate(
        placings.map((p) => [skills.get(p.mayor)!]),
        { rank: placings.map((p) => p.rank) },
      );
      placings.forEach((p, i) => skills.set(p.mayor, after[i]![0]!));
    }
    expect(rated).toBe(7);
    const stored = await database()<{ id: string; mu: number; sigma: number; games: number }[]>`SELECT id, mu, sigma, games FROM players`;
    for (const e of entrants) {
      const row = stored.find((r) => r.id === e.id)!;
      expect(row.mu, e.name).toBeCloseTo(skills.get(e.id)!.mu, 9);
      expect(row.sigma, e.name).toBeCloseTo(skills.get(e.id)!.sigma, 9);
    }
    const [{ count }] = await database()<{ count: number }[]>`SELECT count(*)::int AS count FROM rating_history`;
    expect(count).toBe(rated * 3);
  });
});
