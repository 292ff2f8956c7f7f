import { actionsFor } from "../../common/rules/actions.ts";
import { POLLUTION_RANGE } from "../../common/rules/constants.ts";
import { TILE_LABELS } from "../../common/rules/labels.ts";
import type { MayorView, TileView } from "../net/view-model.ts";
import { el, setChildren } from "./dom.ts";

const AILING = new Set(["SICK_FOREST", "POLLUTED_RIVER", "DEAD_FARMLAND"]);

/** The hover card of a tile: what it is, who acted on it this round, what it allows. */
export class Tooltip {
  readonly element = el("div", { class: "tooltip", attrs: { role: "tooltip" } });

  constructor() {
    this.element.hidden = true;
  }

  show(tile: TileView | null, mayors: MayorView[], research: number, clientX: number, clientY: number): void {
    if (!tile) {
      this.element.hidden = true;
      return;
    }
    const options = actionsFor(tile.type, research);
    const open = options.filter((o) => o.unlocked).length;
    const actor = mayors.find((m) => m.id === tile.actedBy);
    const range = POLLUTION_RANGE[tile.type];
    setChildren(this.element, [
      el("strong", { text: TILE_LABELS[tile.type] }),
      el("span", { class: "muted", text: ` (${tile.x},${tile.y})` }),
      range ? el("div", { class: "warn", text: `Pollutes tiles up to ${range} away every round.` }) : null,
      AILING.has(tile.type) ? el("div", { class: "warn", text: "Suffering from pollution." }) : null,
      actor ? el("div", { text: `Acted on this round by ${actor.name}.` }) : null,
      el("div", { class: "muted", text: options.length ? `${open} of ${options.length} actions available — click for the menu.` : "No actions here." }),
    ]);
    this.element.hidden = false;
    this.element.style.left = `${Math.min(clientX + 16, window.innerWidth - 260)}px`;
    this.element.style.top = `${Math.min(clientY + 16, window.innerHeight - 110)}px`;
  }
}
