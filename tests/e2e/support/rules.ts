import { expect } from "vitest";
import type { RoundStory } from "../../../common/schemas/server-messages.ts";
import { APPROVAL_DELTA_LIMIT } from "../../../common/schemas/game.ts";
import { PROMISE_EFFECTS } from "../../../common/rules/constants.ts";
import type { StateJson } from "./player.ts";

const KEPT_MAX = PROMISE_EFFECTS.keptAll + PROMISE_EFFECTS.keptTarget;
const BROKEN_MIN = PROMISE_EFFECTS.brokenAll + PROMISE_EFFECTS.brokenTarget;

/**
 * Checks a resolved round against the engine's bounds: each citizen reacts at most once to each mayor, by at most
 * ±APPROVAL_DELTA_LIMIT; the fact-check moves approval only by the promise effects of this round's outcomes; and
 * every citizen's approval changed by exactly the listed changes, nothing else. `before` is a state decoded before
 * the round resolved.
 */
export function expectWithinRules(before: StateJson, story: RoundStory): void {
  const { approvalChanges, outcomes, approvalAfter } = story.record;
  const reacted = new Set<string>();
  const settled = new Set(outcomes.map((o) => o.promiseId));
  for (const change of approvalChanges) {
    if (change.cause === "reaction") {
      const pair = `${change.citizen}|${change.mayor}`;
      expect(reacted.has(pair), `${pair} reacted twice`).toBe(false);
      reacted.add(pair);
      expect(Math.abs(change.delta)).toBeLessThanOrEqual(APPROVAL_DELTA_LIMIT);
    } else if (change.cause === "promise_kept") {
      expect(settled.has(change.promiseId!)).toBe(true);
      expect(change.delta).toBeGreaterThanOrEqual(0);
      expect(change.delta).toBeLessThanOrEqual(KEPT_MAX);
    } else if (change.cause === "promise_broken") {
      expect(settled.has(change.promiseId!)).toBe(true);
      expect(change.delta).toBeLessThanOrEqual(0);
      expect(change.delta).toBeGreaterThanOrEqual(BROKEN_MIN);
    }
  }
  const citizens = before.citizens as { name: string; approval: Record<string, number> }[];
  for (const citizen of citizens) {
    const after = approvalAfter[citizen.name];
    if (!after) continue;
    for (const [mayor, was] of Object.entries(citizen.approval)) {
      const listed = approvalChanges.filter((c) => c.citizen === citizen.name && c.mayor === mayor).reduce((sum, c) => sum + c.delta, 0);
      expect(after[mayor], `${citizen.name}'s approval of ${mayor}`).toBe(was + listed);
    }
  }
}
