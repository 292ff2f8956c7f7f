import type { Bars, TileType } from "../schemas/game.ts";

/** The design's starting bars (the original stored 40/70/5 but then recomputed them from the grid; see RULES.md). */
export const START_BARS: Bars = { ecology: 45, economy: 65, research: 5 };

/** A bar below this at the end of a round is a collapse that ends the campaign. */
export const COLLAPSE_BELOW = 20;

/** Research needed before an action is offered. */
export const RESEARCH_GATES = { carbonCapture: 35, solar: 40, fusion: 80 } as const;

/** Pollution range (Manhattan distance, the source excluded) of each polluter. */
export const POLLUTION_RANGE: Partial<Record<TileType, number>> = { FACTORY: 1, OIL_REFINERY: 2, COAL_PLANT: 2 };

/** Ecology each polluter costs at the end of every round (our addition: polluters now matter beyond spread). */
export const EMISSIONS: Partial<Record<TileType, number>> = { FACTORY: 1, OIL_REFINERY: 2, COAL_PLANT: 2 };

/** Healthy forest tiles that together restore one ecology point per round. */
export const FOREST_TILES_PER_REGROWTH_POINT = 4;

/** Research each research centre adds at the end of every round, on top of its one-off +5. */
export const RESEARCH_PER_CENTER_PER_ROUND = 2;

/** Rounds a sick forest survives before it dies, and clean rounds a polluted river needs to heal. */
export const FOREST_DEATH_AFTER = 2;
export const RIVER_HEALS_AFTER = 2;

/**
 * Bar points of each tile type, used only to price the passive change of one tile into another
 * (a river turning polluted costs what the original's grid sum would lose). The original's figures.
 */
export const TILE_WEIGHTS: Partial<Record<TileType, { ecology: number; economy: number }>> = {
  HEALTHY_FOREST: { ecology: 2, economy: 0 },
  SICK_FOREST: { ecology: 1, economy: 0 },
  CLEAN_RIVER: { ecology: 1, economy: 0 },
  POLLUTED_RIVER: { ecology: -1, economy: 0 },
  FARMLAND: { ecology: 0, economy: 1 },
  DEAD_FARMLAND: { ecology: -1, economy: 0 },
};

/** Approval effects of the fact-check, applied by the engine (not the model). */
export const PROMISE_EFFECTS = {
  keptAll: 3,
  keptTarget: 8,
  brokenAll: -4,
  brokenTarget: -6,
} as const;

/**
 * Kept promises that earn approval per mayor per round; more are still marked kept. Without a cap, a speech stuffed
 * with a dozen trivial promises would buy the town.
 */
export const KEPT_REWARDS_PER_ROUND = 2;

/** Approval every citizen withdraws from a mayor whose own actions drove the collapsed bar down. */
export const COLLAPSE_BLAME = -10;
