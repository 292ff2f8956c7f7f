import type { Campaign, CampaignSettings } from "../../common/schemas/campaign.ts";
import type { CampaignHistory, CampaignSummary, SeatedMayor } from "../../common/schemas/history.ts";
import type { ResolveReport } from "../../providers/resolve-round.ts";

export interface NewCampaign {
  id: string;
  /** The join code players typed. */
  code: string;
  settings: CampaignSettings;
  mayors: SeatedMayor[];
}

/**
 * Campaign history storage. Every write is one transaction and idempotent, so a write retried after an
 * unknown outcome (see write-queue.ts) never duplicates or half-applies anything.
 */
export interface Store {
  createCampaign(campaign: NewCampaign): Promise<void>;
  /** Stores the latest resolved round of `campaign` (normally in its reactions phase) and the events so far. */
  saveRound(campaignId: string, campaign: Campaign, report: ResolveReport): Promise<void>;
  /** Stores the election of an ended campaign and its remaining events. */
  finishCampaign(campaignId: string, campaign: Campaign): Promise<void>;
  /** Finished campaigns, most recent first. */
  listFinished(options: { limit: number }): Promise<CampaignSummary[]>;
  getCampaign(id: string): Promise<CampaignHistory | null>;
}
