import type { ElectionResult, Standing, Vote } from "../schemas/campaign.ts";
import type { Citizen, MayorId, PromiseRecord } from "../schemas/game.ts";
import { shuffled } from "./rng.ts";

export interface ElectionInput {
  mayors: readonly MayorId[];
  /** The citizens present at the end, in the order their votes are counted. */
  citizens: readonly Citizen[];
  promises: readonly PromiseRecord[];
  ending: ElectionResult["ending"];
  rng: number;
}

/** The voting rule in words, for every screen that shows a vote: what `holdElection` does, no more and no less. */
export const ELECTION_RULE =
  "Each citizen casts their whole bloc of votes for the mayor they approve of most. A citizen who approves of several mayors equally splits the bloc evenly between them; an odd vote goes to the one with more support across the town.";

/** Bloc-weighted approval: the tie-breaker, and the "popular support" shown with the standings. */
function approvalSums(citizens: readonly Citizen[], mayors: readonly MayorId[]): Map<MayorId, number> {
  return new Map(mayors.map((m) => [m, citizens.reduce((sum, c) => sum + (c.approval[m] ?? 0) * c.bloc, 0)]));
}

/**
 * Each citizen's bloc votes for the mayor it approves of most. The tie rules (RULES.md):
 * a bloc torn between mayors it approves of equally splits evenly, and the remainder goes one vote each to the tied
 * mayors in order of bloc-weighted approval, then of a seeded draw. Mayors with equal votes are ranked by bloc-weighted
 * approval, then fewer broken promises, then more kept promises, then the seeded draw.
 */
export function holdElection(input: ElectionInput): { result: ElectionResult; rng: number } {
  const sums = approvalSums(input.citizens, input.mayors);
  const draw = shuffled(input.mayors, input.rng);
  const drawOrder = new Map(draw.items.map((m, i) => [m, i]));
  const bySupport = (a: MayorId, b: MayorId) => sums.get(b)! - sums.get(a)! || drawOrder.get(a)! - drawOrder.get(b)!;

  const votes: Vote[] = [];
  const totals = new Map(input.mayors.map((m) => [m, 0]));
  for (const citizen of input.citizens) {
    const best = Math.max(...input.mayors.map((m) => citizen.approval[m] ?? 0));
    const tied = input.mayors.filter((m) => (citizen.approval[m] ?? 0) === best).sort(bySupport);
    const share = Math.floor(citizen.bloc / tied.length);
    const extra = citizen.bloc % tied.length;
    tied.forEach((mayor, i) => {
      const count = share + (i < extra ? 1 : 0);
      if (count === 0) return;
      votes.push({ order: votes.length + 1, citizen: citizen.name, mayor, votes: count });
      totals.set(mayor, totals.get(mayor)! + count);
    });
  }

  const tally = (mayor: MayorId, status: "kept" | "broken") =>
    input.promises.filter((p) => p.owner === mayor && p.status === status).length;
  const ranked = [...input.mayors].sort(
    (a, b) =>
      totals.get(b)! - totals.get(a)! ||
      sums.get(b)! - sums.get(a)! ||
      tally(a, "broken") - tally(b, "broken") ||
      tally(b, "kept") - tally(a, "kept") ||
      drawOrder.get(a)! - drawOrder.get(b)!,
  );
  const standings: Standing[] = ranked.map((mayor, i) => ({
    mayor,
    rank: i + 1,
    votes: totals.get(mayor)!,
    approvalSum: sums.get(mayor)!,
    kept: tally(mayor, "kept"),
    broken: tally(mayor, "broken"),
  }));
  const [first, second] = standings;
  let tieBreak: string | null = null;
  if (first && second && first.votes === second.votes) {
    tieBreak =
      first.approvalSum !== second.approvalSum
        ? "Equal votes: decided by bloc-weighted approval."
        : first.broken !== second.broken
          ? "Equal votes and approval: decided by fewer broken promises."
          : first.kept !== second.kept
            ? "Equal votes, approval and broken promises: decided by more kept promises."
            : "A perfect tie: decided by the campaign's seeded draw.";
  }
  return {
    result: { ending: input.ending, votes, standings, winner: first!.mayor, tieBreak },
    rng: draw.state,
  };
}
