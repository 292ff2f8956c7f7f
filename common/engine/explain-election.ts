import type { Campaign, ElectionResult } from "../schemas/campaign.ts";
import type { BlocExplanation, BlocMove, ElectionExplanation } from "../schemas/election-explanation.ts";
import type { Citizen, MayorId, Severity } from "../schemas/game.ts";
import { ELECTION_RULE } from "../rules/election.ts";

const MOVES_SHOWN = 3;
const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

function names(list: readonly string[]): string {
  return list.length <= 1 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}

const votesWord = (n: number) => `${n} vote${n === 1 ? "" : "s"}`;

/** The contradiction behind a change: the one that broke its promise, or the worst the mayor was caught in that round. */
function contradictionBehind(campaign: Campaign, move: Omit<BlocMove, "contradictionId" | "promiseText">): string | null {
  const promise = campaign.promises.find((p) => p.id === move.promiseId);
  if (promise?.contradictionId !== undefined) return promise.contradictionId;
  if (move.cause !== "reaction" || move.delta >= 0) return null;
  const caught = campaign.contradictions
    .filter((k) => k.owner === move.mayor && k.round === move.round)
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return caught[0]?.id ?? null;
}

/** The approval changes of one citizen toward the mayors compared, largest first. */
function movesOf(campaign: Campaign, citizen: string, compared: ReadonlySet<MayorId>): BlocMove[] {
  return campaign.rounds
    .flatMap((r) => r.approvalChanges.map((ch) => ({ ...ch, round: r.round })))
    .filter((ch) => ch.citizen === citizen && compared.has(ch.mayor) && ch.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.round - b.round)
    .slice(0, MOVES_SHOWN)
    .map(({ round, mayor, delta, cause, promiseId, dialogue }) => {
      const move = { round, mayor, delta, cause, promiseId, dialogue };
      return {
        ...move,
        promiseText: campaign.promises.find((p) => p.id === promiseId)?.text ?? null,
        contradictionId: contradictionBehind(campaign, move),
      };
    });
}

function explainBloc(campaign: Campaign, citizen: Citizen, result: ElectionResult): BlocExplanation {
  const name = (id: MayorId) => campaign.settings.mayors.find((m) => m.id === id)?.name ?? id;
  const approvals = campaign.settings.mayors
    .map((m, i) => ({ mayor: m.id, approval: citizen.approval[m.id] ?? 0, i }))
    .sort((a, b) => b.approval - a.approval || a.i - b.i)
    .map(({ mayor, approval }) => ({ mayor, approval }));
  const votes = result.votes.filter((v) => v.citizen === citizen.name).map((v) => ({ mayor: v.mayor, votes: v.votes }));
  const top = approvals[0]!.approval;
  const tied = approvals.filter((a) => a.approval === top).map((a) => a.mayor);
  const runnerUp = approvals.find((a) => !tied.includes(a.mayor));
  const who = citizen.name;
  let reason: string;
  if (tied.length === 1) {
    const against = runnerUp ? `, against ${name(runnerUp.mayor)}'s ${runnerUp.approval}` : "";
    reason = `${who} approves of ${name(tied[0]!)} most (${top}${against}): ${citizen.bloc === 1 ? "their vote" : `all ${citizen.bloc} votes`} for ${name(tied[0]!)}.`;
  } else if (votes.length === 1) {
    reason = `${who} approves of ${names(tied.map(name))} equally (${top}): their one vote goes by support across the town, to ${name(votes[0]!.mayor)}.`;
  } else {
    const odd = citizen.bloc % tied.length === 0 ? "" : " (what does not divide evenly goes by support across the town)";
    reason = `${who} approves of ${names(tied.map(name))} equally (${top}): ${votesWord(citizen.bloc)} split ${names(votes.map((v) => `${v.votes} to ${name(v.mayor)}`))}${odd}.`;
  }
  const compared = new Set([...tied, ...(runnerUp ? [runnerUp.mayor] : [])]);
  return { citizen: who, bloc: citizen.bloc, approvals, votes, split: votes.length > 1, reason, moves: movesOf(campaign, who, compared) };
}

/**
 * Why the town voted as it did, bloc by bloc: whom each citizen voted for, the approvals compared, and the changes
 * (kept and broken promises, reactions, contradictions) that moved them most. `result` is the election held on this
 * campaign's citizens: the real one once it ended, or `projectElection`'s for a campaign still running.
 */
export function explainElection(campaign: Campaign, result: ElectionResult): ElectionExplanation {
  const voters = [...new Set(result.votes.map((v) => v.citizen))];
  const blocs = voters.flatMap((voter) => {
    const citizen = campaign.citizens.find((c) => c.name === voter);
    return citizen ? [explainBloc(campaign, citizen, result)] : [];
  });
  return { rule: ELECTION_RULE, blocs, tieBreak: result.tieBreak };
}
