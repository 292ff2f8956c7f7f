import type { MayorId } from "../schemas/game.ts";
import type { PlayerId } from "../schemas/identity.ts";

/** One seat of an ended campaign, as the rating sees it. */
export interface RatedSeat {
  mayor: MayorId;
  /** The identity that held the seat; null for a bot or for a human who never claimed an identity. */
  player: PlayerId | null;
  bot: boolean;
}

/** Why a campaign does not count for ratings: a closed set, so the UI can say it in words. */
export type UnratedReason = "host_unrated" | "bot_seat" | "anonymous_seat" | "duplicate_player" | "too_few_players";

export type Eligibility = { rated: true } | { rated: false; reason: UnratedReason };

/**
 * A campaign is rated only when the host chose so and every seat was a human identity, whether they played to the
 * end or left (a leaver is ranked last, see final-ranking.ts). Bots are never rated against the human pool, so one
 * bot seat makes the whole campaign unrated.
 */
export function ratingEligibility(seats: readonly RatedSeat[], hostChoseRated: boolean): Eligibility {
  if (!hostChoseRated) return { rated: false, reason: "host_unrated" };
  if (seats.some((s) => s.bot)) return { rated: false, reason: "bot_seat" };
  const players = seats.map((s) => s.player);
  if (players.some((p) => p === null)) return { rated: false, reason: "anonymous_seat" };
  if (new Set(players).size !== players.length) return { rated: false, reason: "duplicate_player" };
  if (players.length < 2) return { rated: false, reason: "too_few_players" };
  return { rated: true };
}
