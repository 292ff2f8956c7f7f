import type { ResolveReport } from "../../providers/resolve-round.ts";
import type { Campaign } from "../../common/schemas/campaign.ts";
import type { MayorId } from "../../common/schemas/game.ts";
import type { Store } from "./Store.ts";
import type { WriteQueue } from "./write-queue.ts";

/** Storage as a room sees it: every call is queued and retried by the recorder; none may block the game. */
export interface CampaignRecorder {
  campaignStarted(id: string, code: string, campaign: Campaign, seats: { mayor: MayorId; bot: string | null }[]): void;
  roundResolved(id: string, campaign: Campaign, report: ResolveReport): void;
  campaignFinished(id: string, campaign: Campaign): void;
}

/** The room's view of storage: each write goes through the queue, in order per campaign, retried until it lands. */
export function queuedRecorder(store: Store, queue: WriteQueue): CampaignRecorder {
  return {
    campaignStarted(id, code, campaign, seats) {
      const bots = new Map(seats.map((s) => [s.mayor, s.bot]));
      const mayors = campaign.settings.mayors.map((m, i) => ({ ...m, seat: i + 1, isBot: bots.get(m.id) != null, strategy: bots.get(m.id) ?? null }));
      queue.enqueue(id, "create campaign", () => store.createCampaign({ id, code, settings: campaign.settings, mayors }));
    },
    roundResolved(id, campaign, report) {
      queue.enqueue(id, `round ${campaign.round}`, () => store.saveRound(id, campaign, report));
    },
    campaignFinished(id, campaign) {
      queue.enqueue(id, "election", () => store.finishCampaign(id, campaign));
    },
  };
}
