import type { CampaignView, MayorView } from "../net/view-model.ts";
import { phaseGuide } from "./coach.ts";
import { el, setChildren } from "./dom.ts";

const FINE_POINTER = window.matchMedia("(pointer: fine)");

/** What covers the map: nothing, the phase's own panel (speech, speeches, reactions), or the story so far. */
export type Cover = "map" | "phase" | "story";

/**
 * The phase bar under the map: what is happening and, in the first round, what to do about it; "I'm done" while
 * acting; and the switches between the map, the phase's panel and the story so far.
 */
export class Dock {
  readonly element = el("div", { class: "dock", attrs: { role: "region", "aria-label": "What happens now" } });
  cover: Cover = "map";

  constructor(
    private readonly changed: () => void,
    private readonly done: () => void,
  ) {}

  update(view: CampaignView, me: MayorView | null, replay: boolean, hasStory: boolean): void {
    const guide = phaseGuide(view, me, replay, FINE_POINTER.matches);
    const hasPanel = view.phase === "speech" || view.phase === "resolving" || view.phase === "reactions";
    const toggles: [Cover, string][] = [];
    if (this.cover !== "map") toggles.push(["map", "Show the map"]);
    if (this.cover !== "phase" && hasPanel) toggles.push(["phase", view.phase === "speech" ? "Back to the speech" : "Show the speeches"]);
    if (this.cover !== "story" && hasStory) toggles.push(["story", "Story so far"]);
    const canFinish = view.phase === "policy" && me !== null && !me.done;
    const key = JSON.stringify([guide, toggles, canFinish]);
    if (this.element.dataset.key === key) return;
    this.element.dataset.key = key;
    setChildren(this.element, [
      el("div", { class: "dock-words" }, [
        el("p", { class: "dock-text", text: guide.text, attrs: { "aria-live": "polite" } }),
        guide.coach ? el("p", { class: "coach", text: guide.coach }) : null,
      ]),
      el("div", { class: "dock-buttons" }, [
        ...toggles.map(([cover, text]) =>
          el("button", {
            class: "ghost small",
            text,
            attrs: { type: "button", "data-cover": cover },
            on: {
              click: () => {
                this.cover = cover;
                this.changed();
              },
            },
          }),
        ),
        canFinish ? el("button", { class: "primary", text: "I'm done", attrs: { type: "button", "data-action": "done" }, on: { click: () => this.done() } }) : null,
      ]),
    ]);
  }
}
