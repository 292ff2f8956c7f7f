import type { CampaignState } from "../../common/state/CampaignState.ts";
import { snapshot, type CampaignView } from "./view-model.ts";

/** What the binding needs of a colyseus.js room: its decoded state and the signal fired once per applied patch. */
export interface StateSource {
  readonly state: CampaignState;
  onStateChange: { (listener: (state: CampaignState) => void): unknown; remove(listener: (state: CampaignState) => void): void };
}

/**
 * Turns the room's decoded state into a plain view model once per patch (colyseus.js fires `onStateChange` after
 * it applied a whole patch). The phase deadline is moved to this device's clock: `clockOffsetMs` is how far the
 * server's clock runs ahead of ours, so a countdown is right even when the two clocks disagree.
 */
export function bindCampaign(room: StateSource, onView: (view: CampaignView) => void, clockOffsetMs: () => number): () => void {
  const emit = () => {
    const view = snapshot(room.state);
    onView(view.phaseEndsAt === 0 ? view : { ...view, phaseEndsAt: view.phaseEndsAt - clockOffsetMs() });
  };
  room.onStateChange(emit);
  emit();
  return () => room.onStateChange.remove(emit);
}
