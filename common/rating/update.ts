import { rate, rating } from "openskill";
import type { PlayerId } from "../schemas/identity.ts";
import type { RatingChange, Skill } from "../schemas/rating.ts";

/** openskill's default prior (mu 25, sigma 25/3): where every new identity starts. */
export const INITIAL_SKILL: Skill = rating();

export interface RatedPlayer {
  player: PlayerId;
  skill: Skill;
  /** Competition rank from final-ranking.ts: lower is better, equal ranks are ties. */
  rank: number;
}

/**
 * The Weng-Lin update (openskill's default Plackett-Luce model) of one free-for-all campaign, each player a team of
 * one. Returns each player's skill before and after, in the order given.
 */
export function rateCampaign(players: readonly RatedPlayer[]): RatingChange[] {
  if (players.length < 2) throw new Error("a rated campaign needs at least two players");
  if (new Set(players.map((p) => p.player)).size !== players.length) throw new Error("a player appears twice in one campaign");
  const teams = players.map((p) => [{ mu: p.skill.mu, sigma: p.skill.sigma }]);
  const after = rate(teams, { rank: players.map((p) => p.rank) });
  return players.map((p, i) => {
    const [skill] = after[i]!;
    return { player: p.player, rank: p.rank, before: p.skill, after: { mu: skill!.mu, sigma: skill!.sigma } };
  });
}
