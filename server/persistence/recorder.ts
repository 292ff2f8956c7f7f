import type { CampaignRecorder } from "../rooms/CampaignRoom.ts";
import type { Store } from "./Store.ts";
import type { WriteQueue } from "./write-queue.ts";

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
