import type { ActionType, Bars, TileType } from "../schemas/game.ts";
import type { Strategy } from "../schemas/strategy.ts";
import { RESEARCH_GATES } from "../rules/constants.ts";

/** Scales a weight down as a bar nears saturation: a point of economy at 95 is worth little. */
function saturating(weight: number, value: number): number {
  return value >= 90 ? weight * 0.1 : value >= 75 ? weight * 0.4 : weight;
}

/**
 * How much a strategy values a point of each bar when it picks tile actions. Every strategy fears a collapse it
 * would be blamed for, so ecology or economy near the collapse line weighs heavily for all of them.
 */
export function barWeights(strategy: Strategy, bars: Bars): Bars {
  const danger = (value: number) => (value < 26 ? 4 : value < 32 ? 2 : 0);
  const base: Bars =
    strategy === "green"
      ? { ecology: saturating(3, bars.ecology), economy: 0.6, research: 1 }
      : strategy === "balanced"
        ? {
            ecology: Math.min(4, Math.max(0.6, (62 - bars.ecology) / 6)),
            economy: Math.min(4, Math.max(0.6, (68 - bars.economy) / 6)),
            research: 0.9,
          }
        : { ecology: 0.3, economy: saturating(3, bars.economy), research: 0.8 };
  return { ecology: base.ecology + danger(bars.ecology), economy: base.economy + danger(bars.economy), research: base.research };
}

/**
 * The research a strategy works towards: greens and the balanced mayor build research centres until solar will be
 * unlocked in time to use it; the industrialist (and the two-faced mayor) only until carbon capture will be, which
 * keeps the plants open.
 */
export function researchGoal(strategy: Strategy): number {
  return strategy === "green" || strategy === "balanced" ? RESEARCH_GATES.solar : RESEARCH_GATES.carbonCapture;
}

const WORKPLACES: readonly TileType[] = ["FACTORY", "CLEAN_FACTORY", "OIL_REFINERY", "COAL_PLANT"];

/**
 * Moves a strategy will not make whatever the bars say, because they would betray the people it stands for: the
 * industrialist (and the two-faced mayor, who acts like one) never closes a workplace and meets a failing ecology
 * with forests and filters instead; the balanced mayor replaces a workplace but never just closes it; a green never
 * builds a polluter or cuts a healthy forest.
 */
export function refuses(strategy: Strategy, action: ActionType, from: TileType): boolean {
  switch (strategy) {
    case "industrial":
    case "liar":
      return (action === "DEMOLISH" || action === "REPLACE_WITH_SOLAR") && WORKPLACES.includes(from);
    case "balanced":
      return action === "DEMOLISH" && WORKPLACES.includes(from);
    case "green":
      return action === "BUILD_FACTORY" || (action === "DEMOLISH" && from === "HEALTHY_FOREST");
  }
}

/** The strategy a speech sounds like: the two-faced mayor talks green. */
export function spokenStrategy(strategy: Strategy): Exclude<Strategy, "liar"> {
  return strategy === "liar" ? "green" : strategy;
}
