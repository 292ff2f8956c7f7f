import { describe, expect, it } from "vitest";
import { shuffled } from "../rules/rng.ts";
import type { PlayerId } from "../schemas/identity.ts";
import { Tournament } from "../schemas/tournament.ts";
import { electionIn, HOST, ok, openTournament, playerId } from "../../tests/support/tournament.ts";
import { metPairs } from "./pairing.ts";
import { abandon, finish, linkCampaign, pairNextRound, recordResult, rejoin, start } from "./play.ts";
import { tournamentStandings } from "./standings.ts";

const humansAt = (t: Tournament, tableId: string) =>
  t.rounds.at(-1)!.tables.find((x) => x.id === tableId)!.seats.filter((s) => s.bot === null).map((s) => s.mayor);

describe("starting", () => {
  it("is for the host, or for the schedule when a start time is set, with at least two players", () => {
    expect(start(openTournament(3), playerId(1))).toMatchObject({ ok: false, code: "not_host" });
    expect(start(openTournament(3), "schedule")).toMatchObject({ ok: false, code: "not_host" });
    expect(ok(start(openTournament(3, { startsAt: "2031-05-01T18:00:00Z" }), "schedule")).status).toBe("running");
    expect(start(openTournament(1), HOST)).toMatchObject({ ok: false, code: "too_few_players" });
    expect(start(ok(start(openTournament(3), HOST)), HOST)).toMatchObject({ ok: false, code: "already_started" });
  });

  it("pairs the first round by seed, then registration order, with bots in the short seats", () => {
    let t = openTournament(5, { tableSize: 3 });
    t = { ...t, entries: t.entries.map((e, i) => ({ ...e, seed: i === 4 ? 9 : 0 })) };
    const running = ok(start(t, HOST));
    const [first, second] = running.rounds[0]!.tables;
    expect(first!.seats.map((s) => s.mayor)).toEqual([playerId(5), playerId(1), playerId(2)]);
    expect(second!.seats.map((s) => s.bot === null)).toEqual([true, true, false]);
    expect(Tournament.parse(running)).toEqual(running);
  });
});

describe("a round", () => {
  const running = () => ok(start(openTournament(6), HOST));

  it("links each table to its campaign", () => {
    const t = ok(linkCampaign(running(), "r1t2", "7b1d0c9e-1d2a-4f7e-8f34-3c9a6c1e2b55"));
    expect(t.rounds[0]!.tables[1]!.campaignId).toBe("7b1d0c9e-1d2a-4f7e-8f34-3c9a6c1e2b55");
    expect(linkCampaign(t, "r9t1", "x")).toMatchObject({ ok: false, code: "unknown_table" });
  });

  it("scores a table from its election and refuses it twice or when it does not match the seats", () => {
    const t = running();
    const table = t.rounds[0]!.tables[0]!;
    const order = table.seats.map((s) => s.mayor).reverse();
    const scored = ok(recordResult(t, table.id, electionIn(table, order), []));
    expect(scored.rounds[0]!.tables[0]!.result!.map((p) => [p.mayor, p.rank, p.points])).toEqual(order.map((m, i) => [m, i + 1, 2 - i]));
    expect(recordResult(scored, table.id, electionIn(table, order), [])).toMatchObject({ ok: false, code: "result_recorded" });
    const other = t.rounds[0]!.tables[1]!;
    expect(recordResult(t, table.id, electionIn(other, other.seats.map((s) => s.mayor)), [])).toMatchObject({ ok: false, code: "result_mismatch" });
    expect(recordResult(t, table.id, electionIn(table, order), ["bot-1-1-1"])).toMatchObject({ ok: false, code: "result_mismatch" });
  });

  it("waits for every table before pairing the next round", () => {
    const t = running();
    const table = t.rounds[0]!.tables[0]!;
    const half = ok(recordResult(t, table.id, electionIn(table, table.seats.map((s) => s.mayor)), []));
    expect(pairNextRound(half)).toMatchObject({ ok: false, code: "round_in_progress" });
    expect(finish(half)).toMatchObject({ ok: false, code: "round_in_progress" });
  });

  it("places an abandoner last with no points, and pairs them again only once they rejoin", () => {
    const t = running();
    const table = t.rounds[0]!.tables[0]!;
    const [winner, stayer, leaver] = humansAt(t, table.id) as [PlayerId, PlayerId, PlayerId];
    let next = ok(recordResult(t, table.id, electionIn(table, [leaver, winner, stayer]), [leaver]));
    expect(next.rounds[0]!.tables[0]!.result!.map((p) => [p.mayor, p.rank, p.points, p.abandoned])).toEqual([
      [winner, 1, 2, false],
      [stayer, 2, 1, false],
      [leaver, 3, 0, true],
    ]);
    expect(next.entries.find((e) => e.player === leaver)!.absent).toBe(true);
    const other = next.rounds[0]!.tables[1]!;
    next = ok(recordResult(next, other.id, electionIn(other, other.seats.map((s) => s.mayor)), []));
    const round2 = ok(pairNextRound(next));
    expect(round2.rounds[1]!.tables.flatMap((x) => x.seats.map((s) => s.mayor))).not.toContain(leaver);
    const back = ok(rejoin(next, leaver));
    expect(ok(pairNextRound(back)).rounds[1]!.tables.flatMap((x) => x.seats.map((s) => s.mayor))).toContain(leaver);
  });

  it("settles a table at once when every player at it abandons, bots ahead", () => {
    const t = ok(start(openTournament(4, { tableSize: 3 }), HOST));
    const table = t.rounds[0]!.tables[1]!;
    const [x, y] = humansAt(t, table.id) as [PlayerId, PlayerId];
    const one = ok(abandon(t, x));
    expect(one.rounds[0]!.tables[1]!).toMatchObject({ abandoned: [x], result: null });
    const both = ok(abandon(one, y)).rounds[0]!.tables[1]!;
    expect(both.result!.map((p) => [p.mayor, p.rank, p.points])).toEqual([
      [x, 2, 0],
      [y, 2, 0],
      [table.seats[2]!.mayor, 1, 2],
    ]);
    expect(abandon(t, playerId(77))).toMatchObject({ ok: false, code: "not_registered" });
  });
});

describe("a whole tournament", () => {
  it("plays 12 players over 3 rounds of 3-mayor campaigns: no rematch, points and standings add up", () => {
    let t = ok(start(openTournament(12, { tableSize: 3, rounds: 3 }), HOST));
    let rng = 4242;
    for (let round = 1; round <= 3; round++) {
      const before = metPairs(t.rounds.slice(0, -1));
      for (const table of t.rounds.at(-1)!.tables) {
        const players = table.seats.map((s) => s.mayor);
        expect(players.filter((a, i) => players.slice(i + 1).some((b) => before.has(a < b ? `${a} ${b}` : `${b} ${a}`)))).toEqual([]);
        const order = shuffled(players, rng);
        rng = order.state;
        t = ok(recordResult(t, table.id, electionIn(table, order.items), []));
      }
      if (round < 3) {
        expect(finish(t)).toMatchObject({ ok: false, code: "rounds_left" });
        t = ok(pairNextRound(t));
      }
    }
    expect(pairNextRound(t)).toMatchObject({ ok: false, code: "no_rounds_left" });
    t = ok(finish(t));
    expect(t.status).toBe("finished");
    expect(Tournament.parse(t)).toEqual(t);

    const standings = tournamentStandings(t);
    // Four tables of three each round hand out 2 + 1 + 0 points each.
    expect(standings.reduce((sum, s) => sum + s.points, 0)).toBe(3 * 4 * 3);
    expect(standings.every((s) => s.played === 3)).toBe(true);
    for (let i = 1; i < standings.length; i++) {
      const [p, q] = [standings[i - 1]!, standings[i]!];
      const order = p.points - q.points || p.opponentsPoints - q.opponentsPoints || p.votes - q.votes;
      expect(order).toBeGreaterThanOrEqual(0);
      expect(p.rank === q.rank).toBe(order === 0);
    }
  });
});
