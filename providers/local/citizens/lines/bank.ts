import type { Situation } from "../appraise.ts";

/**
 * Line templates of one voice, by situation. Slots: {mayor}, {rival}, {promise}, {deed}, {place}, {quote},
 * {broken} ("two broken promises"), {role} and {linked} (newcomers). Even-indexed lines are spoken in even
 * rounds and odd-indexed ones in odd rounds, so every list needs at least two.
 */
export type Bank = Readonly<Record<Situation, readonly string[]>>;
