import type { Appraisal } from "./appraise.ts";
import { MAX_REACTIONS_PER_CITIZEN } from "./limits.ts";
import type { Values } from "./values.ts";

/** A second mayor earns a reaction only when they moved the citizen at least this much. */
export const SECOND_REACTION_AT = 7;

/** How hard a mayor's round hit the citizen, weighted towards what they care about; a shrug comes last. */
function strength(a: Appraisal): number {
  return Math.round(Math.abs(a.delta) * (0.6 + 0.4 * Math.min(1, a.main.relevance)) * 100) + (a.main.situation === "idle" ? 0 : 5);
}

const hasContradiction = (a: Appraisal) => a.contradiction !== null;

/**
 * The mayors one citizen reacts to, in order: the one who moved them most, and a second one who moved them
 * strongly too. A watchdog always answers a contradiction, taking the second place for it if needed.
 */
export function chooseMayors(values: Values, appraisals: readonly Appraisal[]): Appraisal[] {
  const ranked = appraisals
    .map((a, i) => ({ a, i }))
    .sort((x, y) => strength(y.a) - strength(x.a) || x.i - y.i)
    .map((x) => x.a);
  const first = ranked[0];
  if (!first) return [];
  const picks = [first];
  const second = ranked.slice(1).find((a) => Math.abs(a.delta) >= SECOND_REACTION_AT);
  if (second) picks.push(second);
  if (values.voice === "watchdog" && !picks.some(hasContradiction)) {
    const caught = ranked.find(hasContradiction);
    if (caught) picks.splice(1, 1, caught);
  }
  return picks.slice(0, MAX_REACTIONS_PER_CITIZEN);
}
