import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { finalRanking } from "../../common/rating/final-ranking.ts";
import type { ElectionResult } from "../../common/schemas/campaign.ts";
import type { PlayerId, PlayerToken } from "../../common/schemas/identity.ts";
import type { ServerMessage } from "../../common/schemas/server-messages.ts";
import { TournamentView, type Table } from "../../common/schemas/tournament.ts";
import { tournamentSettings } from "../support/tournament.ts";
import { placementPoints } from "../../common/tournament/points.ts";
import { tournamentStandings } from "../../common/tournament/standings.ts";
import { issueIdentity } from "../../server/identity/identity.ts";
import { createPostgresPlayerStore } from "../../server/persistence/postgres-player-store.ts";
import { canRun, postgresMissing, suiteDatabase } from "../support/system-programs.ts";
import { Entrant, type EntrantServer } from "./support/entrant.ts";
import { Player } from "./support/player.ts";
import { startServerProcess, type ServerProcess } from "./support/server-process.ts";

/**
 * Five-round campaigns: the tables autoplay, and one that reached round 2 while a slower table was still joining must
 * not end before the kill (each round takes its 3-s reactions and a resolve).
 */
const SETTINGS = tournamentSettings({ name: "Restart Cup", rounds: 2, campaign: { rounds: 5, seconds: { policy: 10, speech: 15, reactions: 3 } } });
/** Long enough for the players to find the restarted server before their seats count as away. */
const WINDOW = { RECONNECT_SECONDS: "30" };
const WAIT_MS = 40_000;

type Identity = { id: PlayerId; name: string; token: PlayerToken };

/**
 * `kill -9` while a tournament's first round is being played: six players at two three-mayor tables. The restarted
 * server reopens the tournament under its code with its entrants, resumes both tables where they were stored, and
 * the tables report to it again: round 2 pairs and plays, and the final standings are those of the stored campaigns.
 */
describe("a server killed in the middle of a tournament", () => {
  if (!canRun(postgresMissing(), "a real PostgreSQL server")) return;
  let server: ServerProcess | null = null;
  const clients: Player[] = [];
  const lobbies: Entrant[] = [];
  const database = suiteDatabase();
  const env = () => ({ ...WINDOW, DATABASE_URL: database.url() });

  afterAll(async () => {
    await Promise.all([...clients, ...lobbies].map((c) => c.leave().catch(() => {})));
    await server?.kill("SIGTERM");
  });

  /** What Entrant needs of a server: its port and new campaign clients (the process's port changes with each boot). */
  const reachable = (port: number) =>
    ({
      running: { port },
      player(name: string) {
        const player = new Player(`ws://127.0.0.1:${port}`, name);
        clients.push(player);
        return player;
      },
    }) satisfies EntrantServer;
  const entrantsAt = (port: number, ids: readonly Identity[]) => {
    const made = ids.map(({ id, name, token }) => new Entrant(reachable(port), name, id, token));
    lobbies.push(...made);
    return made;
  };
  /**
   * Entrants play by answering each state patch; a player whose table started (and whose tablemates said done) before
   * their handler was attached would wait for the phase's timer: each says done once in the phase they came in.
   */
  async function nudge(players: Player[]): Promise<Player[]> {
    await Promise.all(players.map((p) => p.waitState((s) => s.phase !== "lobby", "the campaign under way")));
    for (const p of players) {
      const { phase, mayors } = p.state;
      if ((phase === "policy" || phase === "speech") && mayors[p.seat]?.done === false) p.send("done", {});
    }
    return players;
  }

  /** Six identities at once would pass the API's creation limit per address: they are issued in the database. */
  async function identities(names: readonly string[]): Promise<Identity[]> {
    const sql = postgres(database.url(), { max: 1, onnotice: () => {} });
    try {
      const store = createPostgresPlayerStore(sql);
      const issued: Identity[] = [];
      for (const name of names) {
        const { player, token } = await issueIdentity(store, name);
        issued.push({ id: player.id, name: player.name, token });
      }
      return issued;
    } finally {
      await sql.end({ timeout: 1 });
    }
  }

  it("reopens the tournament with its code and entrants, resumes its tables, and plays round 2 from their results", { timeout: 120_000 }, async () => {
    server = await startServerProcess(env());
    const ids = await identities(["Ada", "Bo", "Cy", "Di", "Ed", "Flo"]);
    const before = entrantsAt(server.port, ids);
    const host = before[0]!;
    await host.enter({ create: SETTINGS });
    const code = host.room.roomId;
    await Promise.all(before.slice(1).map((e) => e.enter({ code })));
    for (const e of before) e.send("register");
    await host.untilView((v) => v.tournament.entries.length === 6, "6 entries");
    host.send("start");
    const round1 = await Promise.all(before.map((e) => e.play(1)));
    // Every table has stored its first campaign round (the round's story goes out once it is stored) and not ended.
    await nudge(round1);
    await Promise.all(round1.map((p) => p.waitState((s) => s.round >= 2, "campaign round 2")));
    const tablesBefore = (await host.untilView((v) => v.tournament.rounds[0]!.tables.every((t) => t.campaignId !== null), "both campaigns linked"))
      .tournament.rounds[0]!.tables;
    // The host gives the round a deadline; it is stored before the lobby shows it.
    host.send("deadline", { seconds: 600 });
    const { roundEndsAt } = await host.untilView((v) => v.roundEndsAt > 0, "the host's deadline");
    const { id: tournamentId, entries } = host.view.tournament;
    await server.kill("SIGKILL");
    server = null;

    const sql = postgres(database.url(), { max: 1, onnotice: () => {} });
    try {
      const [stored] = await sql<{ status: string }[]>`SELECT status FROM tournaments WHERE id = ${tournamentId}`;
      expect(stored?.status).toBe("running");
      const campaigns = await sql<{ status: string }[]>`SELECT status FROM campaigns WHERE id IN ${sql(tablesBefore.map((t) => t.campaignId!))}`;
      expect(campaigns.map((c) => c.status)).toEqual(["running", "running"]);
    } finally {
      await sql.end({ timeout: 1 });
    }

    server = await startServerProcess(env());
    expect(server.output.some((l) => l.includes(`tournament ${tournamentId} (${code}) reopened, running in round 1: 2 table(s) resumed, 0 opened afresh`))).toBe(true);
    const after = entrantsAt(server.port, ids);
    for (const e of after) await e.enter({ code });
    const reopened = after[0]!.view;
    expect(after[0]!.room.roomId).toBe(code);
    expect(reopened.tournament).toMatchObject({ id: tournamentId, code, status: "running" });
    expect(reopened.tournament.entries).toEqual(entries);
    expect(reopened.roundEndsAt, "the host's deadline stands").toBe(roundEndsAt);
    expect(entries.map((e) => e.player).sort()).toEqual(ids.map((i) => i.id).sort());
    expect(reopened.tournament.rounds.map((r) => r.tables.map((t) => ({ id: t.id, campaignId: t.campaignId, result: t.result })))).toEqual([
      tablesBefore.map((t) => ({ id: t.id, campaignId: t.campaignId, result: null })),
    ]);

    // Each player is sent back to their table by the lobby and takes their seat back with their token.
    const resumed = await nudge(await Promise.all(after.map((e) => e.play(1))));
    for (const [i, p] of resumed.entries()) {
      expect(p.code).toBe(round1[i]!.code);
      expect(p.seat).toBe(round1[i]!.seat);
      expect(await p.next<ServerMessage<"notice">>("notice")).toMatchObject({ kind: "resumed" });
    }
    const lobby = after[0]!;
    await lobby.untilView((v) => v.tournament.rounds.length === 2, "round 2 paired", WAIT_MS);
    await nudge(await Promise.all(after.map((e) => e.play(2))));
    const final = await lobby.untilView((v) => v.tournament.status === "finished", "the tournament finished", WAIT_MS);

    // Every table scored from its stored campaign; the served standings are those the results give.
    // The lobby shows the end before the room's save of it lands.
    const read = async () => TournamentView.parse(await (await fetch(`http://127.0.0.1:${server!.port}/api/tournaments/${tournamentId}`)).json());
    await expect.poll(async () => (await read()).tournament.status).toBe("finished");
    const served = await read();
    expect(served.tournament.rounds[0]!.tables.map((t) => t.campaignId)).toEqual(tablesBefore.map((t) => t.campaignId));
    const db = postgres(database.url(), { max: 1, onnotice: () => {} });
    try {
      /** A table's election as the history database stored it, in the table's mayor ids (seat i is mayor m<i+1>). */
      const storedElection = async (table: Table): Promise<ElectionResult> => {
        const rows = await db<{ mayor: string; rank: number; votes: number; approvalSum: number; kept: number; broken: number }[]>`
          SELECT mayor_id AS mayor, rank, votes, approval_sum AS "approvalSum", kept, broken FROM standings WHERE campaign_id = ${table.campaignId!}`;
        const standings = rows.map((r) => ({ ...r, mayor: table.seats[Number(r.mayor.slice(1)) - 1]!.mayor }));
        return { ending: "completed", votes: [], standings, winner: standings.find((s) => s.rank === 1)!.mayor, tieBreak: null };
      };
      const tables = served.tournament.rounds.flatMap((r) => r.tables);
      expect(tables).toHaveLength(4);
      for (const table of tables) expect(table.result, table.id).toEqual(placementPoints(finalRanking(await storedElection(table), []), table.seats.length));
    } finally {
      await db.end({ timeout: 1 });
    }
    expect(served.standings).toEqual(tournamentStandings(served.tournament));
    expect(final.standings).toEqual(served.standings);
  });
});
