import type { ActionFact } from "../../../common/schemas/contracts/extraction.ts";
import type { Bars } from "../../../common/schemas/game.ts";
import { barDelta } from "./deeds.ts";
import type { ConcernVector, Values } from "./values.ts";

/** How much each city bar point matters to a citizen this round, on top of their own concerns. */
export interface BarMood {
  /** Weights of a bar point for deeds: near a collapse everyone counts a little. */
  ecology: number;
  economy: number;
  /** Weights for settled promises: only those who care about the bar count it. */
  ecologyStake: number;
  economyStake: number;
  /** True when a bar is near collapse: everyone feels it, and the vulnerable despair. */
  crisis: boolean;
}

export const ECOLOGY_CRISIS_BELOW = 30;
export const ECONOMY_CRISIS_BELOW = 35;
export const ECOLOGY_THRIVING_AT = 70;

/**
 * Near a collapse even those who never cared about a bar start counting what deeds do to it; when ecology
 * thrives, those who care about nature count its gains. Otherwise bars add nothing beyond the citizen's concerns.
 */
export function barMood(values: Values, bars: Bars): BarMood {
  const w = values.weights;
  const ecoStake = Math.max(w.climate, w.forest, w.water, w.health, w.farmland);
  const econStake = Math.max(w.jobs, w.business);
  const ecoCrisis = bars.ecology < ECOLOGY_CRISIS_BELOW;
  const econCrisis = bars.economy < ECONOMY_CRISIS_BELOW;
  const thriving = bars.ecology >= ECOLOGY_THRIVING_AT;
  return {
    ecology: ecoCrisis ? Math.max(0.4, ecoStake) : thriving ? 0.5 * ecoStake : 0,
    economy: econCrisis ? Math.max(0.4, econStake) : 0,
    ecologyStake: ecoCrisis || thriving ? ecoStake : 0,
    economyStake: econCrisis ? econStake : 0,
    crisis: ecoCrisis || econCrisis,
  };
}

/** Extra appeal of an action from what it does to the bars that matter now (a −3 ecology deed in a crisis ≈ −0.45). */
export function deedBarAppeal(mood: BarMood, fact: Pick<ActionFact, "action" | "from">): number {
  const d = barDelta(fact);
  return (mood.ecology * d.ecology + mood.economy * d.economy) / 4;
}

/** Extra appeal of a settled promise that leaned towards (or away from) a bar that matters now. */
export function promiseBarAppeal(mood: BarMood, effect: ConcernVector): number {
  const clamp = (x: number) => Math.max(-1, Math.min(1, x));
  const ecoLean = clamp((effect.climate ?? 0) + (effect.forest ?? 0) + (effect.water ?? 0) + 0.5 * (effect.health ?? 0));
  const econLean = clamp((effect.jobs ?? 0) + (effect.business ?? 0));
  return 0.8 * (mood.ecologyStake * ecoLean + mood.economyStake * econLean);
}
