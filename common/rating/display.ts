import { ordinal } from "openskill";
import type { ShownRating, Skill } from "../schemas/rating.ts";

/**
 * A rating is provisional for a player's first five rated campaigns. Early on the ordinal climbs mostly because sigma
 * shrinks, not because of results (five 3-mayor campaigns from the default prior leave sigma near 7.3 of 8.3), so a
 * newcomer's place on the leaderboard says little until then.
 */
export const PROVISIONAL_GAMES = 5;

/**
 * What a leaderboard shows: the conservative ordinal (mu − 3·sigma, openskill's `ordinal`), which starts at 0 and
 * climbs as the model grows sure of a player, and the uncertainty as sigma.
 */
export function showRating(skill: Skill, games: number): ShownRating {
  return { ordinal: ordinal(skill), uncertainty: skill.sigma, games, provisional: games < PROVISIONAL_GAMES };
}
