import { actionsFor } from "../../common/rules/actions.ts";
import { POLLUTION_RANGE } from "../../common/rules/constants.ts";
import { TILE_LABELS } from "../../common/rules/labels.ts";
import type { MayorView, TileView } from "../net/view-model.ts";
import { el, setChildren } from "./dom.ts";

const AILING = new Set(["SICK_FOREST", "POLLUTED_RIVER", "DEAD_FARMLAND"]);

const HISTORY_LINES = 4;

/** The hover card of a tile: what it is, who acted on it this round, what happened to it before, what it allows. */
export class Tooltip {
  readonly element = el("div", { class: "tooltip", attrs: { role: "tooltip" } });

  constructor() {
    this.element.hidden = true;
  }

  /** `history`: the tile's past in words, oldest first (the last few are shown). */
  show(tile: TileView | null, mayors: MayorView[], research: number, history: string[], clientX: number, clientY: number): void {
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
      range ? el("div", { class: "warn", text: `Pollutes tiles up to ${range} away every round.` }) : null,
      AILING.has(tile.type) ? el("div", { class: "warn", text: "Suffering from pollution." }) : null,
      actor ? el("div", { text: `Acted on this round by ${actor.name}.` }) : null,
      ...history.slice(-HISTORY_LINES).map((line) => el("div", { class: "tooltip-history", text: line })),
      el("div", { class: "muted", text: options.length ? `${open} of ${options.length} actions available — click or press Enter for the menu.` : "No actions here." }),
    ]);
    this.element.hidden = false;
    const { width, height } = this.element.getBoundingClientRect();
    this.element.style.left = `${Math.max(8, Math.min(clientX + 16, window.innerWidth - width - 8))}px`;
    this.element.style.top = `${Math.max(8, clientY + 16 + height > window.innerHeight - 8 ? clientY - 16 - height : clientY + 16)}px`;
  }
}
