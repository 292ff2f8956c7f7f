import type { ElectionResult, RoundRecord } from "../schemas/campaign.ts";
import type { Bars } from "../schemas/game.ts";
import { COLLAPSE_BELOW } from "../rules/constants.ts";

/** How the campaign ends given the bars, or null while the city stands. Ecology is checked first, as in the original. */
export function collapseOf(bars: Bars): Exclude<ElectionResult["ending"], "completed"> | null {
  if (bars.ecology < COLLAPSE_BELOW) return "ecological_collapse";
  if (bars.economy < COLLAPSE_BELOW) return "economic_collapse";
  return null;
}

export interface CollapseWarning {
  bar: "ecology" | "economy";
  now: number;
  /** Where the bar would stand after one more round like the last one. */
  projected: number;
}

/**
 * The bars that stand at or above the collapse line after a round but would fall below it in one more round at the
 * current trend. The trend is the worse of the whole round's change and the city's own drift (its passive changes
 * alone), so neither one round's good deeds nor its bad ones hide a city sliding towards collapse.
 */
export function collapseWarnings(record: Pick<RoundRecord, "barsAtStart" | "barsBefore" | "barsAfter">): CollapseWarning[] {
  const warnings: CollapseWarning[] = [];
  for (const bar of ["ecology", "economy"] as const) {
    const now = record.barsAfter[bar];
    const trend = Math.min(now - record.barsAtStart[bar], now - record.barsBefore[bar]);
    const projected = now + trend;
    if (now >= COLLAPSE_BELOW && projected < COLLAPSE_BELOW) warnings.push({ bar, now, projected });
  }
  return warnings;
}
