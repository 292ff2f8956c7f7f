import type { Campaign } from "../schemas/campaign.ts";
import { holdElection } from "../rules/election.ts";
import { collapseOf } from "./collapse.ts";
import { electionInput } from "./election-now.ts";
import { refuse, type StepResult } from "./refusal.ts";

export function isLastRound(campaign: Campaign): boolean {
  return campaign.round >= campaign.settings.rounds || collapseOf(campaign.bars) !== null;
}

/**
 * Ends the current phase (a timer ran out, or every mayor is done). Mayors who did nothing simply
 * did nothing: the game never waits for them. Resolving ends only through the model outputs.
 */
export function advance(campaign: Campaign): StepResult {
  switch (campaign.phase) {
    case "policy":
      campaign.phase = "speech";
      campaign.done = [];
      return { ok: true, campaign };
    case "speech":
      campaign.phase = "resolving";
      campaign.done = [];
      campaign.extracted = false;
      return { ok: true, campaign };
    case "resolving":
      return refuse("waiting_for_models", "The round is being resolved; it ends when the citizens have reacted.");
    case "reactions":
      if (isLastRound(campaign)) {
        const { result, rng } = holdElection(electionInput(campaign));
        campaign.result = result;
        campaign.rng = rng;
        campaign.phase = "ended";
        return { ok: true, campaign };
      }
      campaign.round += 1;
      campaign.phase = "policy";
      campaign.done = [];
      campaign.extracted = false;
      return { ok: true, campaign };
    case "ended":
      return refuse("campaign_over", "The campaign is over.");
  }
}

/** Policy and speech end early once every mayor is done. */
export function everyoneDone(campaign: Campaign): boolean {
  return (
    (campaign.phase === "policy" || campaign.phase === "speech") &&
    campaign.settings.mayors.every((m) => campaign.done.includes(m.id))
  );
}
