import { MAP_SIZE } from "../../common/schemas/game.ts";
import { TILE_LABELS } from "../../common/rules/labels.ts";
import type { MayorView, TileView } from "../net/view-model.ts";
import { el, initials, inkOn } from "./dom.ts";

const STEPS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Transparent cells laid over the drawn map: they take focus (one tab stop, arrows move, Enter or Space opens the tile),
 * give every tile a name a screen reader can say, and carry the initials of whoever acted on a tile, so ownership reads
 * without colour. The canvas only paints.
 */
export class TileGrid {
  readonly element = el("div", {
    class: "tile-grid",
    attrs: { role: "grid", "aria-label": "City map, 10 by 10 tiles. Arrow keys move between tiles; Enter opens a tile's actions." },
  });
  private readonly cells: HTMLElement[] = [];
  private focused = 0;

  constructor(private readonly open: (index: number, cell: HTMLElement) => void) {
    for (let y = 0; y < MAP_SIZE; y++) {
      const row = el("div", { class: "tile-row", attrs: { role: "row" } });
      for (let x = 0; x < MAP_SIZE; x++) {
        const index = y * MAP_SIZE + x;
        const cell = el("div", { class: "tile-cell", attrs: { role: "gridcell", tabindex: index === 0 ? "0" : "-1", "data-tile": `${x},${y}` } });
        cell.addEventListener("focus", () => this.rove(index));
        this.cells.push(cell);
        row.append(cell);
      }
      this.element.append(row);
    }
    this.element.addEventListener("keydown", this.onKey);
  }

  update(tiles: TileView[], mayors: MayorView[]): void {
    tiles.forEach((tile, i) => {
      const cell = this.cells[i];
      if (!cell) return;
      const actor = mayors.find((m) => m.id === tile.actedBy);
      const label = `${capital(TILE_LABELS[tile.type])}, row ${tile.y + 1}, column ${tile.x + 1}${actor ? `, acted on by ${actor.name} this round` : ""}`;
      if (cell.getAttribute("aria-label") !== label) cell.setAttribute("aria-label", label);
      const mark = actor ? initials(actor.name) : "";
      if (cell.dataset.mark === mark) return;
      cell.dataset.mark = mark;
      cell.replaceChildren(
        actor ? el("span", { class: "tile-owner", text: mark, style: { background: actor.color, color: inkOn(actor.color) }, attrs: { "aria-hidden": "true" } }) : "",
      );
    });
  }

  /** Lays the cells over the map's square, given in the slot's own coordinates. */
  place(left: number, top: number, side: number): void {
    Object.assign(this.element.style, { left: `${left}px`, top: `${top}px`, width: `${side}px`, height: `${side}px` });
  }

  cell(index: number): HTMLElement | undefined {
    return this.cells[index];
  }

  private rove(index: number): void {
    this.cells[this.focused]?.setAttribute("tabindex", "-1");
    this.focused = index;
    this.cells[index]?.setAttribute("tabindex", "0");
  }

  private readonly onKey = (event: KeyboardEvent) => {
    const step = STEPS[event.key];
    if (step) {
      event.preventDefault();
      const x = Math.min(MAP_SIZE - 1, Math.max(0, (this.focused % MAP_SIZE) + step[0]));
      const y = Math.min(MAP_SIZE - 1, Math.max(0, Math.floor(this.focused / MAP_SIZE) + step[1]));
      this.cells[y * MAP_SIZE + x]?.focus();
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      const cell = this.cells[this.focused];
      if (cell) this.open(this.focused, cell);
    }
  };
}
