import type { Campaign, CampaignEvent, CampaignSettings } from "../schemas/campaign.ts";
import { createCampaign } from "./create-campaign.ts";
import { step } from "./step.ts";

/**
 * Rebuilds a campaign from its settings and history. With `until`, stops at the first state that satisfies it
 * (e.g. the start of round 3, or the end of its reactions). A history holds only accepted events, so a refusal
 * here means the history was tampered with or the rules changed: that is an error, not a game outcome.
 */
export function replay(settings: CampaignSettings, events: readonly CampaignEvent[], until?: (campaign: Campaign) => boolean): Campaign {
  let campaign = createCampaign(settings);
  if (until?.(campaign)) return campaign;
  for (const [i, event] of events.entries()) {
    const result = step(campaign, event);
    if (!result.ok) throw new Error(`history event ${i + 1} (${event.type}) was refused on replay: ${result.message}`);
    campaign = result.campaign;
    if (until?.(campaign)) return campaign;
  }
  return campaign;
}

/** The state at the start of a round's policy phase. */
export function stateAtRoundStart(settings: CampaignSettings, events: readonly CampaignEvent[], round: number): Campaign {
  return replay(settings, events, (c) => c.round === round && c.phase === "policy");
}

/** The state once a round's reactions were applied (or the final state, if the campaign ended before). */
export function stateAtRoundEnd(settings: CampaignSettings, events: readonly CampaignEvent[], round: number): Campaign {
  return replay(settings, events, (c) => c.round === round && c.phase === "reactions");
}
