import { z } from "zod";
import type { Bars } from "../schemas/game.ts";

export const Strategy = z.enum(["green", "industrial", "balanced", "liar"]);
export type Strategy = z.infer<typeof Strategy>;

export const STRATEGY_LABELS: Record<Strategy, string> = {
  green: "Green",
  industrial: "Industrial",
  balanced: "Balanced",
  liar: "Two-faced",
};

/** Scales a weight down as a bar nears saturation: a point of economy at 95 is worth little. */
function saturating(weight: number, value: number): number {
  return value >= 90 ? weight * 0.1 : value >= 75 ? weight * 0.4 : weight;
}

/**
 * How much a strategy values a point of each bar when it picks tile actions. Every strategy fears a collapse it
 * would be blamed for, so ecology or economy near the collapse line weighs heavily for all of them.
 */
export function barWeights(strategy: Strategy, bars: Bars): Bars {
  const danger = (value: number) => (value < 30 ? 4 : value < 38 ? 2 : 0);
  const base: Bars =
    strategy === "green"
      ? { ecology: saturating(3, bars.ecology), economy: 0.6, research: 0.7 }
      : strategy === "balanced"
        ? {
            ecology: Math.min(4, Math.max(0.6, (62 - bars.ecology) / 6)),
            economy: Math.min(4, Math.max(0.6, (68 - bars.economy) / 6)),
            research: 1.2,
          }
        : { ecology: 0.3, economy: saturating(3, bars.economy), research: 0.4 };
  return { ecology: base.ecology + danger(bars.ecology), economy: base.economy + danger(bars.economy), research: base.research };
}

/** The strategy a speech sounds like: the two-faced mayor talks green. */
export function spokenStrategy(strategy: Strategy): Exclude<Strategy, "liar"> {
  return strategy === "liar" ? "green" : strategy;
}
