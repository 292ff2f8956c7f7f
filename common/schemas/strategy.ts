import { z } from "zod";

/** The bot strategies: a green mayor, an industrial one, a balanced one, and the one who says one thing and does another. */
export const Strategy = z.enum(["green", "industrial", "balanced", "liar"]);
export type Strategy = z.infer<typeof Strategy>;

export const STRATEGY_LABELS: Record<Strategy, string> = {
  green: "Green",
  industrial: "Industrial",
  balanced: "Balanced",
  liar: "Two-faced",
};
