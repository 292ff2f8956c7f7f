import { z } from "zod";
import { MayorId } from "./game.ts";
import { PlayerId } from "./identity.ts";

/** A Weng-Lin skill estimate: the mean and the standard deviation of a normal belief about a player's skill. */
export const Skill = z.object({ mu: z.number().finite(), sigma: z.number().finite().positive() });
export type Skill = z.infer<typeof Skill>;

/** Where one mayor finished a campaign; `rank` 1 is best and mayors who tied share a rank. */
export const Placing = z.object({
  mayor: MayorId,
  rank: z.number().int().min(1),
  votes: z.number().int().min(0),
  /** Left the campaign for good before the election: placed last whatever the votes said. */
  abandoned: z.boolean(),
});
export type Placing = z.infer<typeof Placing>;

export const RatingChange = z.object({ player: PlayerId, rank: z.number().int().min(1), before: Skill, after: Skill });
export type RatingChange = z.infer<typeof RatingChange>;

/** A rating as players see it (see common/rating/display.ts). */
export const ShownRating = z.object({
  ordinal: z.number().finite(),
  uncertainty: z.number().finite().nonnegative(),
  games: z.number().int().min(0),
  provisional: z.boolean(),
});
export type ShownRating = z.infer<typeof ShownRating>;
