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

const MARGIN = 8;

/**
 * The menu of a tile's actions: every action of its type, locked ones greyed with the research they need. It opens
 * with focus on its first item, keeps inside the window (a bottom sheet on a phone), and Escape gives focus back.
 */
export class TileMenu {
  readonly element = el("div", { class: "tile-menu", attrs: { role: "menu" } });
  private tile: TileView | null = null;

  private readonly onKey = (event: KeyboardEvent) => {
    if (this.element.hidden) return;
    if (event.key === "Escape") this.close(true);
    else if ((event.key === "ArrowDown" || event.key === "ArrowUp") && this.element.contains(document.activeElement)) {
      event.preventDefault();
      const items = [...this.element.querySelectorAll<HTMLButtonElement>("button:not([disabled])")];
      const at = items.indexOf(document.activeElement as HTMLButtonElement);
      items[(at + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length]?.focus();
    }
  };

  /** A press outside the menu closes it; a press on the map opens it again at the new tile. */
  private readonly onPress = (event: PointerEvent) => {
    if (!this.element.contains(event.target as Node)) this.close();
  };

  /** `onClose` hears which tile's menu closed and whether focus should go back to it (a keyboard close). */
  constructor(
    private readonly onAct: (tile: TileView, action: ActionType) => void,
    private readonly onClose: (tile: TileView, refocus: boolean) => void,
  ) {
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
    this.tile = tile;
    this.element.dataset.tile = `${tile.x},${tile.y}`;
    this.element.setAttribute("aria-label", `Actions on the ${TILE_LABELS[tile.type]}`);
    setChildren(this.element, [
      el("div", { class: "tile-menu-head" }, [
        el("strong", { text: TILE_LABELS[tile.type] }),
        el("button", { class: "close", text: "×", attrs: { type: "button", "aria-label": "Close the tile menu" }, on: { click: () => this.close(true) } }),
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
          this.close(true);
          this.onAct(tile, rule.action);
        });
        return button;
      }),
    ]);
    this.element.hidden = false;
    // Measured after it is shown, so the menu stays inside the window whatever its length.
    const { width, height } = this.element.getBoundingClientRect();
    const left = Math.min(clientX + MARGIN, window.innerWidth - width - MARGIN);
    const top = clientY + MARGIN + height <= window.innerHeight - MARGIN ? clientY + MARGIN : clientY - MARGIN - height;
    this.element.style.left = `${Math.max(MARGIN, left)}px`;
    this.element.style.top = `${Math.max(MARGIN, Math.min(top, window.innerHeight - height - MARGIN))}px`;
    (this.element.querySelector<HTMLButtonElement>(".tile-action:not([disabled])") ?? this.element.querySelector<HTMLButtonElement>(".close"))?.focus();
  }

  /** `refocus`: give the keyboard focus back to the tile (Escape, ×, or an action taken). */
  close(refocus = false): void {
    if (this.element.hidden) return;
    this.element.hidden = true;
    if (this.tile) this.onClose(this.tile, refocus);
  }
}
