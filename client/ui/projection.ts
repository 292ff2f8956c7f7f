import { holdElection } from "../../common/rules/election.ts";
import type { CitizenView } from "../net/view-model.ts";

/**
 * The vote if the election were held now, counted by the engine's own rule from the approvals on screen. Promise
 * counts, which only break exact ties of weighted approval, are left out; the seeded draw is fixed.
 */
export function projectVotes(citizens: CitizenView[], mayors: string[]): Map<string, number> {
  if (mayors.length === 0 || citizens.length === 0) return new Map(mayors.map((m) => [m, 0]));
  const { result } = holdElection({
    mayors,
    citizens: citizens.map((c) => ({
      id: c.name,
      name: c.name,
      role: c.role,
      age: null,
      personality: c.personality,
      kind: c.kind,
      bloc: c.bloc,
      approval: c.approval,
      linkedMayor: c.linkedMayor || null,
      remainingRounds: c.remainingRounds < 0 ? null : c.remainingRounds,
      arrivedRound: 0,
    })),
    promises: [],
    ending: "completed",
    rng: 0,
  });
  return new Map(result.standings.map((s) => [s.mayor, s.votes]));
}
