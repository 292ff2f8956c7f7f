import type { Campaign, ElectionResult } from "../schemas/campaign.ts";
import { holdElection, type ElectionInput } from "../rules/election.ts";
import { collapseOf } from "./collapse.ts";

/** The election as it stands: the citizens present, their approvals and the ledger of the campaign now. */
export function electionInput(campaign: Campaign): ElectionInput {
  return {
    mayors: campaign.settings.mayors.map((m) => m.id),
    citizens: campaign.citizens,
    promises: campaign.promises,
    ending: collapseOf(campaign.bars) ?? "completed",
    rng: campaign.rng,
  };
}

/**
 * "If the election were held now", for spectators: the same rule as the real vote, on the town as it is. The
 * campaign is not touched (its generator does not advance), so the projection changes nothing in the game.
 */
export function projectElection(campaign: Campaign): ElectionResult {
  return holdElection(electionInput(campaign)).result;
}
