import type { ActionRecord, Commitment, PromiseRecord } from "../schemas/game.ts";
import { ruleFor } from "./actions.ts";
import { capitalised } from "./labels.ts";
import type { PromiseFacts, Verdict } from "./promises.ts";

type ReachCommitment = Extract<Commitment, { type: "reach" }>;

/**
 * How far the owner's own actions since the promise moved its bar toward the target (negative: away from it), by
 * the lasting effect of each action. Passive changes and other mayors' actions are the town's, not the owner's.
 */
function ownPush(promise: PromiseRecord, commitment: ReachCommitment, actions: readonly ActionRecord[]): number {
  const toward = commitment.comparison === "atLeast" ? 1 : -1;
  const moved = actions
    .filter((a) => a.mayor === promise.owner && a.round > promise.round)
    .reduce((sum, a) => sum + (ruleFor(a.action, a.from)?.delta[commitment.bar] ?? 0), 0);
  return toward * moved;
}

/** "raised it by 6", from the owner's push toward the target. */
function movedWords(commitment: ReachCommitment, push: number): string {
  if (push === 0) return "did not move it";
  const up = (push > 0) === (commitment.comparison === "atLeast");
  return `${up ? "raised" : "lowered"} it by ${Math.abs(push)}`;
}

/**
 * A bar target is a promise about a number the whole town moves, so it is judged on the owner's own part (RULES.md):
 * kept when the bar meets it, or when the owner's own actions since the promise moved the bar toward it by at least
 * the gap there was when it was promised (others pulled it back); broken only when the bar misses and the owner's
 * own actions fell short of that gap. A kept target earns approval only when it asked something (there was a gap)
 * and the owner's own actions moved the bar toward it.
 */
export function judgeReach(promise: PromiseRecord, commitment: ReachCommitment, facts: PromiseFacts): Verdict {
  const then = facts.barsAtSpeech.get(promise.round)?.[commitment.bar];
  if (then === undefined) throw new Error(`no bars recorded for round ${promise.round}`);
  const atLeast = commitment.comparison === "atLeast";
  const value = facts.bars[commitment.bar];
  const gap = Math.max(0, atLeast ? commitment.value - then : then - commitment.value);
  const push = ownPush(promise, commitment, facts.actions);
  const earns = gap > 0 && push > 0;
  const head = `${capitalised(commitment.bar)} was ${value} at the end of round ${facts.round} (promised ${atLeast ? "at least" : "at most"} ${commitment.value})`;
  const own = `the mayor's own actions ${movedWords(commitment, push)}`;
  const met = atLeast ? value >= commitment.value : value <= commitment.value;
  if (met) {
    if (gap === 0) return { status: "kept", verdict: `${head}; it already held when promised, so keeping it earns nothing.`, earns };
    if (!earns) return { status: "kept", verdict: `${head}, but ${own}: the rest of the town got it there, so keeping it earns nothing.`, earns };
    return { status: "kept", verdict: `${head}.`, earns };
  }
  if (push >= gap) {
    const share = gap === 0 ? "it held when promised" : `the ${gap} it needed when promised`;
    const stakes = earns ? "so the promise counts as kept" : "so it counts as kept but earns nothing";
    return { status: "kept", verdict: `${head}. Still, ${own} (${share}); the rest of the town pulled it back, ${stakes}.`, earns };
  }
  const short = gap === 0 ? "" : `, short of the ${gap} it needed when promised`;
  return { status: "broken", verdict: `${head}; ${own}${short}.`, earns: true };
}
