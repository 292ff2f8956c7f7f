import type { ElectionResult, Standing } from "../schemas/campaign.ts";
import type { MayorId } from "../schemas/game.ts";
import type { Placing } from "../schemas/rating.ts";

/** Mayors the election separated only by its seeded draw (RULES.md) finished level on everything the game counts. */
function level(a: Standing, b: Standing): boolean {
  return a.votes === b.votes && a.approvalSum === b.approvalSum && a.broken === b.broken && a.kept === b.kept;
}

/**
 * The final ranking of an ended campaign, best first, for ratings and tournament points. The election always names
 * one winner, breaking level results with a seeded draw; a draw is not a result, so mayors it alone separated share a
 * rank here. Mayors who abandoned share the last rank below everyone who played to the end, whatever their votes.
 * Ranks are competition ranks (1, 1, 3): a rank is one more than the number of mayors strictly ahead.
 */
export function finalRanking(result: ElectionResult, abandoned: readonly MayorId[]): Placing[] {
  const standings = [...result.standings].sort((a, b) => a.rank - b.rank);
  const known = new Set(standings.map((s) => s.mayor));
  const stranger = abandoned.find((m) => !known.has(m));
  if (stranger !== undefined) throw new Error(`abandoned mayor ${stranger} is not in the election`);

  const left = new Set(abandoned);
  const stayed = standings.filter((s) => !left.has(s.mayor));
  const placings: Placing[] = [];
  stayed.forEach((s, i) => {
    const previous = placings[i - 1];
    const rank = previous && level(stayed[i - 1]!, s) ? previous.rank : i + 1;
    placings.push({ mayor: s.mayor, rank, votes: s.votes, abandoned: false });
  });
  for (const s of standings.filter((s) => left.has(s.mayor))) {
    placings.push({ mayor: s.mayor, rank: stayed.length + 1, votes: s.votes, abandoned: true });
  }
  return placings;
}
