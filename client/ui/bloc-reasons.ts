import type { ApprovalChange, ElectionResult } from "../../common/schemas/campaign.ts";

/** Why one bloc voted as it did: its approvals at the end, highest first, and the changes that moved them most. */
export interface BlocReason {
  citizen: string;
  /** Where the bloc's votes went (more than one mayor when a tie split it). */
  votes: { mayor: string; votes: number }[];
  approvals: { mayor: string; approval: number }[];
  moved: { round: number; mayor: string; delta: number; cause: ApprovalChange["cause"]; dialogue: string | null }[];
}

const MOVES_SHOWN = 3;

/**
 * Reads the tally back: every citizen who voted, the approvals it compared (from the final approvals, which the
 * election used) and the approval changes of the campaign that counted most for the mayors it chose or passed over.
 */
export function blocReasons(
  result: Pick<ElectionResult, "votes">,
  finalApprovals: Record<string, Record<string, number>>,
  rounds: readonly { round: number; changes: readonly ApprovalChange[] }[],
): BlocReason[] {
  const reasons = new Map<string, BlocReason>();
  for (const vote of result.votes) {
    let reason = reasons.get(vote.citizen);
    if (!reason) {
      const approvals = Object.entries(finalApprovals[vote.citizen] ?? {})
        .map(([mayor, approval]) => ({ mayor, approval }))
        .sort((a, b) => b.approval - a.approval);
      const moved = rounds
        .flatMap((r) => r.changes.filter((c) => c.citizen === vote.citizen).map((c) => ({ round: r.round, ...c })))
        .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.round - b.round)
        .slice(0, MOVES_SHOWN)
        .map(({ round, mayor, delta, cause, dialogue }) => ({ round, mayor, delta, cause, dialogue }));
      reason = { citizen: vote.citizen, votes: [], approvals, moved };
      reasons.set(vote.citizen, reason);
    }
    reason.votes.push({ mayor: vote.mayor, votes: vote.votes });
  }
  return [...reasons.values()];
}
