import type { Campaign } from "../schemas/campaign.ts";
import type { ElectionNight, PublicStory, RoundStory } from "../schemas/server-messages.ts";
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

/** Everything a spectator or a late joiner may know of the campaign so far: the story every client can replay. */
export function publicStory(campaign: Campaign, campaignId: string): PublicStory {
  const rounds: RoundStory[] = [];
  for (let round = 1; round <= campaign.round; round++) {
    const story = roundStory(campaign, round);
    if (story) rounds.push(story);
  }
  const current = rounds.some((r) => r.round === campaign.round);
  return {
    rounds,
    revealed: !current && speechesRevealed(campaign, campaign.round) ? campaign.speeches.filter((s) => s.round === campaign.round) : [],
    result: electionNight(campaign, campaignId),
  };
}
