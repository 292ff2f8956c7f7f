import type { Campaign } from "../schemas/campaign.ts";
import type { ElectionNight, PublicStory, RoundDigest, RoundStory } from "../schemas/server-messages.ts";
import { explainElection } from "./explain-election.ts";
import { roundLedger } from "./round-ledger.ts";

/** Speeches are secret until their round's speech phase ends; afterwards everyone may read them. */
export function speechesRevealed(campaign: Campaign, round: number): boolean {
  return round < campaign.round || !(campaign.phase === "policy" || campaign.phase === "speech");
}

export function roundStory(campaign: Campaign, round: number): RoundStory | null {
  const record = campaign.rounds.find((r) => r.round === round);
  const complete = record && (round < campaign.round || campaign.phase === "reactions" || campaign.phase === "ended");
  if (!complete) return null;
  return {
    round,
    speeches: campaign.speeches.filter((s) => s.round === round),
    actions: campaign.actions.filter((a) => a.round === round),
    ledger: roundLedger(campaign, round),
    record,
  };
}

/** The election once held, as clients show it; `campaignId` is the campaign's id in the stored history. */
export function electionNight(campaign: Campaign, campaignId: string): ElectionNight | null {
  return campaign.result && { ...campaign.result, campaignId, explanation: explainElection(campaign, campaign.result) };
}

/** What the screen reads of an earlier round (a round in full or a digest, as RoundDigest); the rest is read from the stored campaign when needed. */
export function roundDigest({ round, actions, ledger, record }: RoundDigest): RoundDigest {
  const { barsAfter, summary, outcomes, passiveChanges, approvalAfter } = record;
  return { round, actions, ledger, record: { round: record.round, barsAfter, summary, outcomes, passiveChanges, approvalAfter } };
}

/** Every round resolved so far, in full, in order. */
export function resolvedRounds(campaign: Campaign): RoundStory[] {
  const rounds: RoundStory[] = [];
  for (let round = 1; round <= campaign.round; round++) {
    const story = roundStory(campaign, round);
    if (story) rounds.push(story);
  }
  return rounds;
}

/**
 * What a spectator or a late joiner is told of the campaign so far: the latest resolved round in full, the earlier
 * ones as the screen reads them (the client fetches the rest from the stored campaign when a screen needs it).
 */
export function publicStory(campaign: Campaign, campaignId: string): PublicStory {
  const rounds = resolvedRounds(campaign);
  const latest = rounds.at(-1) ?? null;
  const current = latest?.round === campaign.round;
  return {
    campaignId,
    earlier: rounds.slice(0, -1).map(roundDigest),
    latest,
    revealed: !current && speechesRevealed(campaign, campaign.round) ? campaign.speeches.filter((s) => s.round === campaign.round) : [],
    result: electionNight(campaign, campaignId),
  };
}
