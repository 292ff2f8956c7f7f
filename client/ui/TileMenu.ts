import type { ActionType } from "../../common/schemas/game.ts";
import { actionsFor } from "../../common/rules/actions.ts";
import { TILE_LABELS } from "../../common/rules/labels.ts";
import type { MayorView, TileView } from "../net/view-model.ts";
import { el, setChildren } from "./dom.ts";

/** Why this client cannot act right now, or null when it can. */
export function actBlocker(phase: string, me: MayorView | null, tile: TileView, mayors: MayorView[]): string | null {
  if (!me) return "Spectators watch; they cannot act.";
  if (phase !== "policy") return "Tile actions happen in the policy phase.";
  if (me.done || me.actionsLeft === 0) return "You have finished your actions this round.";
  if (tile.actedBy) return `Already acted on this round by ${mayors.find((m) => m.id === tile.actedBy)?.name ?? "another mayor"}.`;
  return null;
}

function effects(delta: { ecology: number; economy: number; research: number }): HTMLElement {
  const parts = (["ecology", "economy", "research"] as const)
    .filter((k) => delta[k] !== 0)
    .map((k) => el("span", { class: delta[k] > 0 ? "delta delta-up" : "delta delta-down", text: `${k} ${delta[k] > 0 ? "+" : ""}${delta[k]}` }));
  return el("span", { class: "effects" }, parts);
}

/** The menu of a tile's actions: every action of its type, locked ones greyed with the research they need. */
export class TileMenu {
  readonly element = el("div", { class: "tile-menu", attrs: { role: "menu" } });

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") this.close();
  };

  /** A press outside the menu closes it; a press on the map opens it again at the new tile. */
  private readonly onPress = (event: PointerEvent) => {
    if (!this.element.contains(event.target as Node)) this.close();
  };

  constructor(private readonly onAct: (tile: TileView, action: ActionType) => void) {
    this.element.hidden = true;
    document.addEventListener("keydown", this.onKey);
    document.addEventListener("pointerdown", this.onPress);
  }

  destroy(): void {
    document.removeEventListener("keydown", this.onKey);
    document.removeEventListener("pointerdown", this.onPress);
    this.element.remove();
  }

  open(tile: TileView, research: number, blocker: string | null, clientX: number, clientY: number): void {
    const options = actionsFor(tile.type, research);
    setChildren(this.element, [
      el("div", { class: "tile-menu-head" }, [
        el("strong", { text: TILE_LABELS[tile.type] }),
        el("span", { class: "muted", text: ` (${tile.x},${tile.y})` }),
        el("button", { class: "close", text: "×", attrs: { type: "button", "aria-label": "Close" }, on: { click: () => this.close() } }),
      ]),
      blocker ? el("p", { class: "tile-menu-note", text: blocker }) : null,
      options.length === 0 ? el("p", { class: "tile-menu-note", text: "Nothing can be done here." }) : null,
      ...options.map(({ rule, unlocked }) => {
        const button = el("button", { class: "tile-action", attrs: { type: "button", role: "menuitem", "data-action": rule.action } }, [
          el("span", { class: "tile-action-label", text: rule.label }),
          effects(rule.delta),
          unlocked ? null : el("span", { class: "gate", text: `needs research ${rule.gate} (city has ${research})` }),
        ]);
        button.disabled = !unlocked || blocker !== null;
        button.addEventListener("click", () => {
          this.close();
          this.onAct(tile, rule.action);
        });
        return button;
      }),
    ]);
    this.element.hidden = false;
    const width = 300;
    const height = 60 + options.length * 48;
    this.element.style.left = `${Math.min(clientX + 8, window.innerWidth - width - 8)}px`;
    this.element.style.top = `${Math.max(8, Math.min(clientY + 8, window.innerHeight - height - 8))}px`;
  }

  close(): void {
    this.element.hidden = true;
  }
}
