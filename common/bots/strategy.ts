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

/** How much a strategy values a point of each bar when it picks tile actions. */
export function barWeights(strategy: Strategy, bars: Bars): Bars {
  switch (strategy) {
    case "green":
      return { ecology: 3, economy: 0.6, research: 0.7 };
    case "industrial":
    case "liar":
      return { ecology: 0.3, economy: 3, research: 0.4 };
    case "balanced":
      return {
        ecology: Math.min(4, Math.max(0.6, (62 - bars.ecology) / 6)),
        economy: Math.min(4, Math.max(0.6, (68 - bars.economy) / 6)),
        research: 1.2,
      };
  }
}

/** The strategy a speech sounds like: the two-faced mayor talks green. */
export function spokenStrategy(strategy: Strategy): Exclude<Strategy, "liar"> {
  return strategy === "liar" ? "green" : strategy;
}
