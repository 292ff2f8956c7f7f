import type { PlayerId } from "../schemas/identity.ts";
import type { Tournament, TournamentStanding } from "../schemas/tournament.ts";

interface Tally {
  points: number;
  votes: number;
  played: number;
  /** Every player met at a finished table, once per meeting. */
  opponents: PlayerId[];
}

function tallies(tournament: Tournament): Map<PlayerId, Tally> {
  const byPlayer = new Map(tournament.entries.map((e) => [e.player, { points: 0, votes: 0, played: 0, opponents: [] } as Tally]));
  for (const table of tournament.rounds.flatMap((r) => r.tables)) {
    if (!table.result) continue;
    const players = table.seats.filter((s) => s.bot === null && byPlayer.has(s.mayor)).map((s) => s.mayor);
    for (const placing of table.result) {
      const tally = byPlayer.get(placing.mayor);
      if (!tally) continue;
      tally.points += placing.points;
      tally.votes += placing.votes;
      tally.played += 1;
      tally.opponents.push(...players.filter((p) => p !== placing.mayor));
    }
  }
  return byPlayer;
}

/**
 * The standings, best first. Order: points; then the sum of the points of every opponent met (a Buchholz score:
 * points earned against strong fields weigh more; bots count nothing); then votes won over all campaigns. Players
 * level on all three share a rank; among them the higher seed, then the earlier registration, is listed first.
 */
export function tournamentStandings(tournament: Tournament): TournamentStanding[] {
  const byPlayer = tallies(tournament);
  const lines = tournament.entries.map((entry, index) => {
    const tally = byPlayer.get(entry.player)!;
    const opponentsPoints = tally.opponents.reduce((sum, p) => sum + byPlayer.get(p)!.points, 0);
    return { entry, index, tally, opponentsPoints };
  });
  const level = (a: (typeof lines)[number], b: (typeof lines)[number]) =>
    a.tally.points === b.tally.points && a.opponentsPoints === b.opponentsPoints && a.tally.votes === b.tally.votes;
  lines.sort(
    (a, b) =>
      b.tally.points - a.tally.points ||
      b.opponentsPoints - a.opponentsPoints ||
      b.tally.votes - a.tally.votes ||
      b.entry.seed - a.entry.seed ||
      a.index - b.index,
  );
  const standings: TournamentStanding[] = [];
  lines.forEach((line, i) => {
    const rank = i > 0 && level(lines[i - 1]!, line) ? standings[i - 1]!.rank : i + 1;
    const { entry, tally, opponentsPoints } = line;
    standings.push({
      player: entry.player,
      name: entry.name,
      rank,
      points: tally.points,
      opponentsPoints,
      votes: tally.votes,
      played: tally.played,
      absent: entry.absent,
    });
  });
  return standings;
}
