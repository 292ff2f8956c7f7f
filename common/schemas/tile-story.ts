import { z } from "zod";
import { BarCauseKind } from "./campaign.ts";
import { MayorId } from "./game.ts";

/** Who last shaped a tile by an action, and in which round; kept across rounds (passive changes keep it). */
export const TileOwner = z.object({ mayor: MayorId, round: z.number().int().min(1) });
export type TileOwner = z.infer<typeof TileOwner>;

/** One line of a tile's story for a hover: what happened to it (or what its pollution did), by whom, in which round. */
export const TileEvent = z.object({
  round: z.number().int().min(1),
  kind: BarCauseKind.exclude(["emissions", "forest_regrowth", "research_growth", "bar_limit"]),
  /** The actor, or the mayor who built the polluter; null for what no mayor did. */
  mayor: MayorId.nullable(),
  /** A sentence for players, without coordinates or the round number. */
  text: z.string().min(1),
});
export type TileEvent = z.infer<typeof TileEvent>;
