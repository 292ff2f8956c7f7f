import type { ActionRecord, Bars, Commitment, PromiseRecord } from "../schemas/game.ts";
import { describeAction } from "./labels.ts";

export interface Verdict {
  status: "kept" | "broken";
  verdict: string;
}

export interface PromiseFacts {
  /** The round being resolved: its actions are known and its passive changes applied. */
  round: number;
  /** True when this resolve ends the campaign (final round or collapse). */
  campaignOver: boolean;
  actions: readonly ActionRecord[];
  bars: Bars;
}

function matches(commitment: Extract<Commitment, { type: "do" | "avoid" }>, action: ActionRecord): boolean {
  return commitment.actions.includes(action.action) && (!commitment.on || commitment.on.length === 0 || commitment.on.includes(action.from));
}

/**
 * Judges one pending promise from the facts, or returns null while it is still open.
 * Only actions after the promise's round count: its own round's actions were taken before the speech.
 * Every open promise falls due when the campaign ends (also early, by collapse), unless it was made in the last
 * round (it never met a policy phase, so it stays pending, unverifiable).
 */
export function judgePromise(promise: PromiseRecord, facts: PromiseFacts): Verdict | null {
  const commitment = promise.commitment;
  if (!commitment || promise.status !== "pending" || promise.round >= facts.round) return null;
  const due = facts.campaignOver || (promise.deadlineRound !== null && facts.round >= promise.deadlineRound);
  const dueText = promise.deadlineRound !== null ? `by round ${promise.deadlineRound}` : "by the end of the campaign";
  if (commitment.type === "reach") {
    if (!due) return null;
    const value = facts.bars[commitment.bar];
    const ok = commitment.comparison === "atLeast" ? value >= commitment.value : value <= commitment.value;
    const wanted = `${commitment.comparison === "atLeast" ? "at least" : "at most"} ${commitment.value}`;
    return {
      status: ok ? "kept" : "broken",
      verdict: `${commitment.bar} was ${value} at the end of round ${facts.round} (promised ${wanted}).`,
    };
  }
  const relevant = facts.actions.filter(
    (a) => a.mayor === promise.owner && a.round > promise.round && matches(commitment, a),
  );
  if (commitment.type === "avoid") {
    const first = relevant[0];
    if (first) return { status: "broken", verdict: `Promised not to, then ${describeAction(first)}.` };
    return due ? { status: "kept", verdict: `Did not do it ${dueText}.` } : null;
  }
  if (relevant.length >= commitment.count) {
    return { status: "kept", verdict: `Delivered: ${relevant.slice(0, commitment.count).map(describeAction).join("; ")}.` };
  }
  if (!due) return null;
  return {
    status: "broken",
    verdict: `Not delivered ${dueText}: ${relevant.length} of ${commitment.count} done.`,
  };
}
