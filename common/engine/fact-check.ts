import type { Campaign } from "../schemas/campaign.ts";
import type { MayorId, PromiseRecord } from "../schemas/game.ts";
import { KEPT_REWARDS_PER_ROUND, PROMISE_EFFECTS } from "../rules/constants.ts";
import { judgePromise, type PromiseFacts, type Verdict } from "../rules/promises.ts";
import { changeApproval, currentRecord } from "./approval.ts";
import { collapseOf } from "./collapse.ts";

function settle(campaign: Campaign, promise: PromiseRecord, verdict: Verdict, rewarded: boolean): void {
  const { status } = verdict;
  promise.status = status;
  promise.resolvedRound = campaign.round;
  promise.verdict = verdict.verdict;
  if (verdict.contradictionId !== undefined) promise.contradictionId = verdict.contradictionId;
  currentRecord(campaign).outcomes.push({ promiseId: promise.id, status, verdict: verdict.verdict });
  if (!rewarded) return;
  const kept = status === "kept";
  for (const citizen of campaign.citizens) {
    const targeted = promise.targetCitizen !== null && citizen.name === promise.targetCitizen;
    const delta = kept
      ? PROMISE_EFFECTS.keptAll + (targeted ? PROMISE_EFFECTS.keptTarget : 0)
      : PROMISE_EFFECTS.brokenAll + (targeted ? PROMISE_EFFECTS.brokenTarget : 0);
    changeApproval(campaign, citizen, promise.owner, delta, {
      cause: kept ? "promise_kept" : "promise_broken",
      dialogue: null,
      tone: null,
      promiseId: promise.id,
    });
  }
}

/**
 * The fact-check, once the round's passive changes are applied: every pending promise the facts settle is marked,
 * and its owner gains or loses approval (RULES.md: at most two rewarded kept promises per mayor per round, nothing
 * for a kept promise that asked nothing of its owner, broken ones always cost).
 */
export function factCheck(campaign: Campaign): void {
  const facts: PromiseFacts = {
    round: campaign.round,
    campaignOver: campaign.round >= campaign.settings.rounds || collapseOf(campaign.bars) !== null,
    actions: campaign.actions,
    bars: campaign.bars,
    barsAtSpeech: new Map(campaign.rounds.map((r) => [r.round, r.barsBefore])),
    contradictions: campaign.contradictions,
  };
  const rewards = new Map<MayorId, number>();
  for (const promise of campaign.promises) {
    const verdict = judgePromise(promise, facts);
    if (!verdict) continue;
    const earned = rewards.get(promise.owner) ?? 0;
    const rewarded = verdict.status === "broken" || (earned < KEPT_REWARDS_PER_ROUND && verdict.earns);
    if (rewarded && verdict.status === "kept") rewards.set(promise.owner, earned + 1);
    settle(campaign, promise, verdict, rewarded);
  }
}
