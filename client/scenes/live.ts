import type { Story } from "../net/story-log.ts";
import type { CampaignView, MayorView } from "../net/view-model.ts";

/** What a live scene draws from: the state's view model, the story told by messages, and who this client is. */
export interface Live {
  view: CampaignView;
  story: Story;
  /** This client's mayor, or null for a spectator. */
  me: MayorView | null;
  /** Shown instead of the seat badge, e.g. for a replay. */
  label?: string;
}
