import type { ElectionResult } from "../schemas/campaign.ts";
import type { Bars } from "../schemas/game.ts";
import { COLLAPSE_BELOW } from "../rules/constants.ts";

/** How the campaign ends given the bars, or null while the city stands. Ecology is checked first, as in the original. */
export function collapseOf(bars: Bars): Exclude<ElectionResult["ending"], "completed"> | null {
  if (bars.ecology < COLLAPSE_BELOW) return "ecological_collapse";
  if (bars.economy < COLLAPSE_BELOW) return "economic_collapse";
  return null;
}
