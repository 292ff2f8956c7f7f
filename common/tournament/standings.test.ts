import { describe, expect, it } from "vitest";
import type { Table, TablePlacing, Tournament } from "../schemas/tournament.ts";
import { openTournament, playerId } from "../../tests/support/tournament.ts";
import { tournamentStandings } from "./standings.ts";

const [a, b, c, d, e, f] = [1, 2, 3, 4, 5, 6].map(playerId) as [string, string, string, string, string, string];

function table(id: string, placings: [string, number, number][], bots: string[] = []): Table {
  const result: TablePlacing[] = placings.map(([mayor, points, votes], i) => ({ mayor, rank: i + 1, votes, abandoned: false, points }));
  return {
    id,
    campaignId: null,
    seats: [...placings.map(([mayor]) => ({ mayor, bot: bots.includes(mayor) ? ("green" as const) : null }))],
    abandoned: [],
    result,
  };
}

function withRounds(tables: Table[][]): Tournament {
  return { ...openTournament(6), status: "running", rounds: tables.map((t, i) => ({ round: i + 1, tables: t })) };
}

describe("tournamentStandings", () => {
  it("adds points, votes and games over the rounds", () => {
    const t = withRounds([[table("r1t1", [[a, 2, 9], [b, 1, 5], [c, 0, 1]]), table("r1t2", [[d, 2, 8], [e, 1, 4], [f, 0, 2]])]]);
    const byPlayer = new Map(tournamentStandings(t).map((s) => [s.player, s]));
    expect(byPlayer.get(a)).toMatchObject({ points: 2, votes: 9, played: 1, opponentsPoints: 1 });
    expect(byPlayer.get(f)).toMatchObject({ points: 0, votes: 2, played: 1, opponentsPoints: 3 });
  });

  it("breaks equal points by the opponents' points, then by votes, and lets players level on all three share a rank", () => {
    // a and d both win a table of four; a's rivals (b 2, c 1) outscore d's (e 1, f 0, and a bot that counts nothing).
    // c and e are level on points too; c met a and b (5 points), e met d and f (3).
    const t = withRounds([
      [
        table("r1t1", [[a, 3, 6], [b, 2, 5], [c, 1, 1], ["bot-1-1-4", 0, 0]], ["bot-1-1-4"]),
        table("r1t2", [[d, 3, 6], ["bot-1-2-2", 2, 4], [e, 1, 4], [f, 0, 2]], ["bot-1-2-2"]),
      ],
    ]);
    const standings = tournamentStandings(t);
    expect(standings.map((s) => [s.player, s.rank])).toEqual([
      [a, 1],
      [d, 2],
      [b, 3],
      [c, 4],
      [e, 5],
      [f, 6],
    ]);
    const level = withRounds([[table("r1t1", [[a, 2, 6], [b, 1, 5], [c, 0, 1]]), table("r1t2", [[d, 2, 6], [e, 1, 5], [f, 0, 1]])]]);
    expect(tournamentStandings(level).map((s) => s.rank)).toEqual([1, 1, 3, 3, 5, 5]);
    const byVotes = withRounds([[table("r1t1", [[a, 2, 6], [b, 1, 5], [c, 0, 1]]), table("r1t2", [[d, 2, 7], [e, 1, 5], [f, 0, 1]])]]);
    expect(tournamentStandings(byVotes).slice(0, 2).map((s) => [s.player, s.rank])).toEqual([
      [d, 1],
      [a, 2],
    ]);
  });

  it("counts nothing for bots, as opponents or in the standings", () => {
    const t = withRounds([[table("r1t1", [["bot-1-1-3", 2, 9], [a, 1, 5], [b, 0, 1]], ["bot-1-1-3"])]]);
    const standings = tournamentStandings(t);
    expect(standings.some((s) => s.player.startsWith("bot"))).toBe(false);
    expect(standings.find((s) => s.player === a)).toMatchObject({ points: 1, opponentsPoints: 0 });
    expect(standings.find((s) => s.player === b)).toMatchObject({ points: 0, opponentsPoints: 1 });
  });
});
