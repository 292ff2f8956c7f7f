import type { SchemaCallbackProxy } from "@colyseus/schema";
import type { CampaignState, CitizenState } from "../../common/state/CampaignState.ts";
import { snapshot, type CampaignView } from "./view-model.ts";

/**
 * Turns the room's state callbacks into a plain view model. Every callback only marks the view stale; one
 * snapshot is taken after the decoder has applied the whole patch (a microtask later), so a scene redraws once per patch.
 * Call it once the first state has been decoded (callbacks need the decoder's reference ids). Nested schemas are
 * bound through `listen`, which fires again when the server replaces an array (tiles and citizens, when their shape changes).
 */
export function bindCampaign($: SchemaCallbackProxy<CampaignState>, state: CampaignState, onView: (view: CampaignView) => void): () => void {
  let stale = false;
  let active = true;
  const bound = new WeakSet<object>();
  const detach: (() => void)[] = [];
  const refresh = () => {
    if (stale || !active) return;
    stale = true;
    queueMicrotask(() => {
      stale = false;
      if (active) onView(snapshot(state));
    });
  };
  const once = (item: object, bind: () => void) => {
    refresh();
    if (bound.has(item)) return;
    bound.add(item);
    bind();
  };
  const bindCitizen = (citizen: CitizenState) =>
    once(citizen, () => {
      detach.push($(citizen).onChange(refresh), $(citizen).approval.onChange(refresh));
    });

  const root = $(state);
  detach.push(
    root.onChange(refresh),
    root.listen("settings", (settings) => once(settings, () => detach.push($(settings).onChange(refresh)))),
    root.listen("bars", (bars) => once(bars, () => detach.push($(bars).onChange(refresh)))),
    root.listen("mayors", (mayors) =>
      once(mayors, () => detach.push($(mayors).onAdd((mayor) => once(mayor, () => detach.push($(mayor).onChange(refresh)))), $(mayors).onRemove(refresh))),
    ),
    root.listen("tiles", (tiles) =>
      once(tiles, () => detach.push($(tiles).onAdd((tile) => once(tile, () => detach.push($(tile).onChange(refresh)))), $(tiles).onRemove(refresh))),
    ),
    root.listen("citizens", (citizens) => once(citizens, () => detach.push($(citizens).onAdd(bindCitizen), $(citizens).onRemove(refresh)))),
    root.listen("promises", (promises) =>
      once(promises, () => detach.push($(promises).onAdd((promise) => once(promise, () => detach.push($(promise).onChange(refresh)))))),
    ),
    root.listen("contradictions", (contradictions) => once(contradictions, () => detach.push($(contradictions).onAdd(refresh)))),
  );
  refresh();
  return () => {
    active = false;
    for (const off of detach) off();
  };
}
