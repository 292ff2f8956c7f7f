import { Container, Graphics, type Ticker } from "pixi.js";
import { MAP_SIZE, type TileType } from "../../common/schemas/game.ts";
import { POLLUTION_RANGE } from "../../common/rules/constants.ts";
import type { MayorView, TileView } from "../net/view-model.ts";
import { redraw, REDUCED_MOTION, type Stage } from "../stage.ts";
import { chimneyOf, drawTile, TILE_PX } from "./tile-art.ts";
import { TileGrid } from "./TileGrid.ts";

export interface CityMapHandlers {
  hover(tile: TileView | null, clientX: number, clientY: number): void;
  pick(tile: TileView, clientX: number, clientY: number): void;
}

const SIDE = MAP_SIZE * TILE_PX;
const FLASH_MS = 700;

const hex = (color: string) => Number.parseInt(color.slice(1), 16) || 0x888888;

/**
 * The 10×10 city drawn with Pixi under an HTML slot: the slot decides where the map sits and takes the pointer,
 * the canvas draws tiles, smog around polluters, smoke, the marks of this round's actions and the hovered tile.
 * Tiles and smog change only when a patch changes a tile, so they are kept as one cached texture: a frame of smoke
 * costs one sprite plus a few circles.
 */
export class CityMap {
  private readonly root = new Container();
  private readonly ground = new Container();
  private readonly grid: TileGrid;
  private readonly tileGraphics: Graphics[] = [];
  private readonly smog = new Graphics();
  private readonly marks = new Graphics();
  private readonly smoke = new Graphics();
  private readonly cursor = new Graphics();
  /** What of the map is in sight: the slot's parent, which a phone scrolls; the canvas draws nothing beyond it. */
  private readonly sight = new Graphics();
  private readonly flashes = new Graphics();
  private tiles: TileView[] = [];
  private types: (TileType | null)[] = [];
  private flashStarted = new Map<number, number>();
  private hovered = -1;
  private readonly resize = new ResizeObserver(() => this.fit());
  private readonly tick = (ticker: Ticker) => this.animate(ticker.lastTime);

  constructor(
    private readonly stage: Stage,
    private readonly slot: HTMLElement,
    private readonly handlers: CityMapHandlers,
  ) {
    for (let i = 0; i < MAP_SIZE * MAP_SIZE; i++) {
      const g = new Graphics();
      g.position.set((i % MAP_SIZE) * TILE_PX, Math.floor(i / MAP_SIZE) * TILE_PX);
      this.tileGraphics.push(g);
      this.types.push(null);
      this.ground.addChild(g);
    }
    this.ground.addChild(this.smog);
    this.ground.cacheAsTexture(true);
    const frame = new Graphics().rect(-6, -6, SIDE + 12, SIDE + 12).fill(0x1a2635).stroke({ width: 2, color: 0x3b5168 });
    const clip = new Graphics().rect(0, 0, SIDE, SIDE).fill(0xffffff);
    this.smoke.mask = clip;
    this.root.addChild(frame, this.ground, this.flashes, this.smoke, clip, this.marks, this.cursor);
    this.grid = new TileGrid((index, cell) => {
      const tile = this.tiles[index];
      const rect = cell.getBoundingClientRect();
      if (tile) this.handlers.pick(tile, rect.left + rect.width / 2, rect.top + rect.height / 2);
    });
    slot.append(this.grid.element);
    this.root.mask = this.sight;
    stage.layer.addChild(this.root, this.sight);
    stage.app.ticker.add(this.tick);
    this.resize.observe(slot);
    window.addEventListener("resize", this.onResize);
    window.addEventListener("scroll", this.onScroll, { capture: true, passive: true });
    slot.addEventListener("pointermove", this.onMove);
    slot.addEventListener("pointerleave", this.onLeave);
    slot.addEventListener("click", this.onClick);
    this.fit();
  }

  update(tiles: TileView[], mayors: MayorView[]): void {
    this.tiles = tiles;
    let changed = false;
    tiles.forEach((tile, i) => {
      if (this.types[i] === tile.type) return;
      const g = this.tileGraphics[i]!;
      g.clear();
      drawTile(g, tile.type, i);
      if (this.types[i] !== null) this.flashStarted.set(i, performance.now());
      this.types[i] = tile.type;
      changed = true;
    });
    if (changed) {
      this.drawSmog();
      this.ground.updateCacheTexture();
    }
    this.drawMarks(mayors);
    this.grid.update(tiles, mayors);
    this.fit();
    redraw(this.stage);
  }

  /** Whether anything on the map moves (smoke from a chimney, a tile that just changed): otherwise no frame is needed. */
  get moving(): boolean {
    return this.flashStarted.size > 0 || (!REDUCED_MOTION.matches && this.tiles.some((t) => chimneyOf(t.type) !== null));
  }

  /** Puts the keyboard focus on a tile (after its menu closes). */
  focusTile(x: number, y: number): void {
    this.grid.cell(y * MAP_SIZE + x)?.focus();
  }

  destroy(): void {
    this.resize.disconnect();
    window.removeEventListener("resize", this.onResize);
    window.removeEventListener("scroll", this.onScroll, { capture: true });
    this.slot.removeEventListener("pointermove", this.onMove);
    this.slot.removeEventListener("pointerleave", this.onLeave);
    this.slot.removeEventListener("click", this.onClick);
    this.stage.app.ticker.remove(this.tick);
    this.root.destroy({ children: true });
    this.sight.destroy();
  }

  private readonly onResize = () => this.fit();

  /** On a phone the map is larger than its window and pans inside it (the slot's parent scrolls): the drawing follows. */
  private readonly onScroll = (event: Event) => {
    if (!(event.target instanceof Node) || !event.target.contains(this.slot)) return;
    this.fit();
    redraw(this.stage);
  };

  /** The largest square centred in the slot, inside a small margin for the frame. */
  private square(): { left: number; top: number; side: number } {
    const rect = this.slot.getBoundingClientRect();
    const side = Math.max(0, Math.min(rect.width, rect.height) - 16);
    return { left: rect.left + (rect.width - side) / 2, top: rect.top + (rect.height - side) / 2, side };
  }

  private fit(): void {
    const { left, top, side } = this.square();
    this.root.position.set(left, top);
    this.root.scale.set(side / SIDE);
    this.slot.dataset.square = `${Math.round(left)},${Math.round(top)},${Math.round(side)}`;
    const seen = this.slot.parentElement!.getBoundingClientRect();
    this.sight.clear().rect(seen.left, seen.top, seen.width, seen.height).fill(0xffffff);
    const slot = this.slot.getBoundingClientRect();
    this.grid.place(left - slot.left, top - slot.top, side);
  }

  private tileAt(clientX: number, clientY: number): number {
    const { left, top, side } = this.square();
    const x = Math.floor(((clientX - left) / side) * MAP_SIZE);
    const y = Math.floor(((clientY - top) / side) * MAP_SIZE);
    return x >= 0 && x < MAP_SIZE && y >= 0 && y < MAP_SIZE ? y * MAP_SIZE + x : -1;
  }

  private readonly onMove = (event: PointerEvent) => {
    // A finger has no hover: a tap opens the menu, and a tooltip would only cover it.
    if (event.pointerType === "touch") return;
    const index = this.tileAt(event.clientX, event.clientY);
    if (index !== this.hovered) {
      this.hovered = index;
      this.drawCursor();
      redraw(this.stage);
    }
    this.handlers.hover(this.tiles[index] ?? null, event.clientX, event.clientY);
  };

  private readonly onLeave = () => {
    this.hovered = -1;
    this.drawCursor();
    this.handlers.hover(null, 0, 0);
  };

  private readonly onClick = (event: MouseEvent) => {
    const tile = this.tiles[this.tileAt(event.clientX, event.clientY)];
    if (tile) this.handlers.pick(tile, event.clientX, event.clientY);
  };

  private drawCursor(): void {
    this.cursor.clear();
    if (this.hovered < 0) return;
    const x = (this.hovered % MAP_SIZE) * TILE_PX;
    const y = Math.floor(this.hovered / MAP_SIZE) * TILE_PX;
    this.cursor.rect(x + 1.5, y + 1.5, TILE_PX - 3, TILE_PX - 3).fill({ color: 0xffffff, alpha: 0.12 }).stroke({ width: 3, color: 0xffffff, alpha: 0.9 });
  }

  /** Brown haze over every tile within a polluter's range: the spread the next round will bring. */
  private drawSmog(): void {
    this.smog.clear();
    this.tiles.forEach((source) => {
      const range = POLLUTION_RANGE[source.type];
      if (!range) return;
      for (const tile of this.tiles) {
        const distance = Math.abs(tile.x - source.x) + Math.abs(tile.y - source.y);
        if (distance === 0 || distance > range) continue;
        this.smog.rect(tile.x * TILE_PX, tile.y * TILE_PX, TILE_PX, TILE_PX).fill({ color: 0x5a4630, alpha: 0.16 / distance });
      }
    });
    for (let i = 1; i < MAP_SIZE; i++) {
      this.smog.moveTo(i * TILE_PX, 0).lineTo(i * TILE_PX, SIDE).moveTo(0, i * TILE_PX).lineTo(SIDE, i * TILE_PX);
    }
    this.smog.stroke({ width: 1, color: 0x000000, alpha: 0.18 });
  }

  /** This round's actions: a frame and a corner flag in the acting mayor's colour. */
  private drawMarks(mayors: MayorView[]): void {
    this.marks.clear();
    for (const tile of this.tiles) {
      if (!tile.actedBy) continue;
      const color = hex(mayors.find((m) => m.id === tile.actedBy)?.color ?? "#ffffff");
      const x = tile.x * TILE_PX;
      const y = tile.y * TILE_PX;
      this.marks.rect(x + 2.5, y + 2.5, TILE_PX - 5, TILE_PX - 5).stroke({ width: 5, color });
      this.marks.poly([x + 2, y + 2, x + 24, y + 2, x + 2, y + 24]).fill(color).stroke({ width: 1.5, color: 0x101820 });
    }
  }

  private animate(now: number): void {
    this.smoke.clear();
    this.tiles.forEach((tile, i) => {
      const chimney = chimneyOf(tile.type);
      if (!chimney) return;
      for (let k = 0; k < 3; k++) {
        const t = ((now / 2400 + k / 3 + i * 0.13) % 1 + 1) % 1;
        const x = tile.x * TILE_PX + chimney.x + Math.sin(t * 6 + i) * 3 + t * 6;
        const y = tile.y * TILE_PX + chimney.y - t * 26;
        this.smoke.circle(x, y, 3 + t * 7).fill({ color: chimney.dirty ? 0x3c3a38 : 0xf4f8fb, alpha: (1 - t) * (chimney.dirty ? 0.7 : 0.55) });
      }
    });
    this.flashes.clear();
    for (const [i, started] of this.flashStarted) {
      const t = (performance.now() - started) / FLASH_MS;
      if (t >= 1) {
        this.flashStarted.delete(i);
        continue;
      }
      const x = (i % MAP_SIZE) * TILE_PX;
      const y = Math.floor(i / MAP_SIZE) * TILE_PX;
      this.flashes.rect(x - t * 6, y - t * 6, TILE_PX + t * 12, TILE_PX + t * 12).fill({ color: 0xffffff, alpha: 0.55 * (1 - t) });
    }
  }
}
