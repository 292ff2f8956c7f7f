import type { ActionRecord, Bars, Commitment, Contradiction, PromiseRecord } from "../schemas/game.ts";
import { describeAction } from "./labels.ts";
import { judgeReach } from "./reach.ts";
import { forbiddenWords } from "./verdict-words.ts";

export interface Verdict {
  status: "kept" | "broken";
  verdict: string;
  /**
   * False when a kept promise asked nothing of its owner (a bar target that already held, or one the rest of the
   * town reached for them): it is marked kept but earns no approval. Broken promises always cost.
   */
  earns: boolean;
  /** The contradiction recorded against the deed that broke it, when its owner's own deed contradicted it. */
  contradictionId?: string;
}

export interface PromiseFacts {
  /** The round being resolved: its actions are known and its passive changes applied. */
  round: number;
  /** True when this resolve ends the campaign (final round or collapse). */
  campaignOver: boolean;
  actions: readonly ActionRecord[];
  bars: Bars;
  /** The bars when each round's speeches were read (after that round's actions), by round. */
  barsAtSpeech: ReadonlyMap<number, Bars>;
  /** The contradictions on record, checked by the engine against their owner's own actions and promises. */
  contradictions: readonly Contradiction[];
}

type DeedCommitment = Extract<Commitment, { type: "do" | "avoid" }>;

function matches(commitment: DeedCommitment, action: ActionRecord): boolean {
  return commitment.actions.includes(action.action) && (!commitment.on || commitment.on.length === 0 || commitment.on.includes(action.from));
}

/** The owner's actions that match a do/avoid commitment, taken after the promise's round. */
export function deedsFor(promise: PromiseRecord, commitment: DeedCommitment, actions: readonly ActionRecord[]): ActionRecord[] {
  return actions.filter((a) => a.mayor === promise.owner && a.round > promise.round && matches(commitment, a));
}

/**
 * The owner's deed that gives the lie to an avoid promise: an action it forbids, taken in the very round the promise
 * was made ("no more factories", said the round they built two). A vow against what one has just done is not kept
 * by merely stopping.
 */
function contradictingDeed(promise: PromiseRecord, commitment: DeedCommitment, facts: PromiseFacts): Verdict | null {
  const deeds = facts.actions.filter((a) => a.mayor === promise.owner && a.round === promise.round && matches(commitment, a));
  const pointsAt = (c: Contradiction, a: ActionRecord) =>
    c.contradicts.type === "action" && c.contradicts.round === a.round && c.contradicts.x === a.x && c.contradicts.y === a.y && c.contradicts.action === a.action;
  const claim = facts.contradictions.find((c) => c.owner === promise.owner && deeds.some((a) => pointsAt(c, a)));
  const deed = (claim && deeds.find((a) => pointsAt(claim, a))) ?? deeds[0];
  if (!deed) return null;
  return {
    status: "broken",
    verdict: `Contradicted by the mayor's own deed: ${describeAction(deed)}, then promised not to.`,
    earns: true,
    ...(claim ? { contradictionId: claim.id } : {}),
  };
}

/**
 * Judges one pending promise from the facts, or returns null while it is still open.
 * Only actions after the promise's round count: its own round's actions were taken before the speech (except that an
 * avoid promise against a deed of that very round is contradicted, and broken at once).
 * Every open promise falls due when the campaign ends (also early, by collapse), unless it was made in the last
 * round (it never met a policy phase, so it stays pending, unverifiable).
 */
export function judgePromise(promise: PromiseRecord, facts: PromiseFacts): Verdict | null {
  const commitment = promise.commitment;
  if (!commitment || promise.status !== "pending") return null;
  if (commitment.type === "avoid" && promise.round === facts.round) {
    const contradicted = contradictingDeed(promise, commitment, facts);
    if (contradicted) return contradicted;
  }
  if (promise.round >= facts.round) return null;
  const due = facts.campaignOver || (promise.deadlineRound !== null && facts.round >= promise.deadlineRound);
  const dueText = promise.deadlineRound !== null ? `by round ${promise.deadlineRound}` : "by the end of the campaign";
  if (commitment.type === "reach") return due ? judgeReach(promise, commitment, facts) : null;
  const relevant = deedsFor(promise, commitment, facts.actions);
  if (commitment.type === "avoid") {
    const first = relevant[0];
    if (first) return { status: "broken", verdict: `Promised not to, then ${describeAction(first)}.`, earns: true };
    if (!due) return null;
    const until = promise.deadlineRound !== null ? `through round ${promise.deadlineRound}` : "to the end of the campaign";
    return { status: "kept", verdict: `Kept: did not ${forbiddenWords(commitment)} after round ${promise.round}, ${until}.`, earns: true };
  }
  if (relevant.length >= commitment.count) {
    return { status: "kept", verdict: `Delivered: ${relevant.slice(0, commitment.count).map(describeAction).join("; ")}.`, earns: true };
  }
  if (!due) return null;
  return { status: "broken", verdict: `Not delivered ${dueText}: ${relevant.length} of ${commitment.count} done.`, earns: true };
}
