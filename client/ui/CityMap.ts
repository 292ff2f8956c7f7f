import { Container, Graphics, Matrix, RenderTexture, Sprite, type Ticker } from "pixi.js";
import { MAP_SIZE, type TileType } from "../../common/schemas/game.ts";
import { POLLUTION_RANGE } from "../../common/rules/constants.ts";
import type { MayorView, TileView } from "../net/view-model.ts";
import { redraw, REDUCED_MOTION, type Area, type Changes, type Stage } from "../stage.ts";
import { chimneyOf, drawTile, TILE_PX } from "./tile-art.ts";
import { TileGrid } from "./TileGrid.ts";

export interface CityMapHandlers {
  hover(tile: TileView | null, clientX: number, clientY: number): void;
  pick(tile: TileView, clientX: number, clientY: number): void;
}

const SIDE = MAP_SIZE * TILE_PX;
const FLASH_MS = 700;
/** How far a flash grows beyond its tile, and smog beyond a polluter (the largest range). */
const FLASH_GROWTH = 6;
const SMOG_REACH = Math.max(...Object.values(POLLUTION_RANGE));

/** A rectangle in the map's own units (TILE_PX a tile). */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a chimney's smoke can be, relative to its tile: the puffs' drift, rise and largest radius (see `animate`). */
function smokeBox(chimney: { x: number; y: number }): Box {
  return { x: chimney.x - 13, y: chimney.y - 36, width: 33, height: 40 };
}

const hex = (color: string) => Number.parseInt(color.slice(1), 16) || 0x888888;

/**
 * The 10×10 city drawn with Pixi under an HTML slot: the slot decides where the map sits and takes the pointer,
 * the canvas draws tiles, smog around polluters, smoke, the marks of this round's actions and the hovered tile.
 * Tiles, smog and the grid lines change only when a patch changes a tile, so they are painted once into a texture and
 * only the changed tiles (and the smog around a polluter that came or went) are painted again. Each frame draws only
 * what moved (the chimneys' smoke, a flash, the hovered tile, a changed mark) through the stage's `changes`: a frame
 * of smoke costs a few small rectangles of the canvas, and nothing is drawn when nothing moves.
 */
export class CityMap {
  private readonly root = new Container();
  /** The painted tiles, smog and grid lines: one texture, drawn as one sprite. */
  private readonly groundTexture: RenderTexture;
  private readonly ground: Sprite;
  /** Paints one tile into the ground texture: its picture, then its smog and grid lines. */
  private readonly brush = new Container();
  private readonly art = new Graphics();
  private readonly haze = new Graphics();
  private readonly grid: TileGrid;
  private readonly marks = new Graphics();
  private readonly smoke = new Graphics();
  private readonly cursor = new Graphics();
  /** What of the map is in sight: the slot's parent, which a phone scrolls; the canvas draws nothing beyond it. */
  private readonly sight = new Graphics();
  private readonly flashes = new Graphics();
  private tiles: TileView[] = [];
  private types: (TileType | null)[] = [];
  private marked: string[] = [];
  private flashStarted = new Map<number, number>();
  private hovered = -1;
  /** The tile the cursor is drawn on. */
  private cursorAt = -1;
  /** What the next frame must draw: everything (first frame, moved or resized map) or these boxes of the map. */
  private whole = true;
  private dirty: Box[] = [];
  private placed = "";
  private readonly resize = new ResizeObserver(() => this.fit());
  private readonly tick = (ticker: Ticker) => this.animate(ticker.lastTime);

  constructor(
    private readonly stage: Stage,
    private readonly slot: HTMLElement,
    private readonly handlers: CityMapHandlers,
  ) {
    for (let i = 0; i < MAP_SIZE * MAP_SIZE; i++) {
      this.types.push(null);
      this.marked.push("");
    }
    this.groundTexture = RenderTexture.create({ width: SIDE, height: SIDE, resolution: stage.app.renderer.resolution });
    this.ground = new Sprite(this.groundTexture);
    this.brush.addChild(this.art, this.haze);
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
    stage.changes = this.changes;
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
    const repaint = new Set<number>();
    tiles.forEach((tile, i) => {
      const before = this.types[i];
      if (before === tile.type) return;
      repaint.add(i);
      // Smog reaches the neighbours of a polluter that came or went.
      if (before !== null && (POLLUTION_RANGE[before] || POLLUTION_RANGE[tile.type])) {
        for (const other of tiles) if (Math.abs(other.x - tile.x) + Math.abs(other.y - tile.y) <= SMOG_REACH) repaint.add(other.y * MAP_SIZE + other.x);
      }
      if (before !== null) this.flashStarted.set(i, performance.now());
      this.types[i] = tile.type;
    });
    for (const i of repaint) this.paintTile(i);
    const colors = new Map(mayors.map((m) => [m.id, m.color]));
    tiles.forEach((tile, i) => {
      const mark = tile.actedBy ? `${tile.actedBy}:${colors.get(tile.actedBy) ?? ""}` : "";
      if (mark === this.marked[i]) return;
      this.marked[i] = mark;
      repaint.add(i);
    });
    for (const i of repaint) this.dirty.push(tileBox(i, 0));
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
    if (this.stage.changes === this.changes) this.stage.changes = null;
    this.root.destroy({ children: true });
    this.brush.destroy({ children: true });
    this.groundTexture.destroy(true);
    this.sight.destroy();
  }

  /** The parts of the canvas the next frame draws (see `Stage.changes`). */
  private readonly changes = (): Changes => {
    if (this.whole) {
      this.whole = false;
      this.dirty = [];
      return "all";
    }
    const scale = this.root.scale.x;
    const { x, y } = this.root.position;
    const areas: Area[] = this.dirty.map((box) => ({ x: x + box.x * scale, y: y + box.y * scale, width: box.width * scale, height: box.height * scale }));
    this.dirty = [];
    return areas;
  };

  /** Paints tile `i` into the ground texture, clipped to its square: picture, smog from every polluter in range, grid lines. */
  private paintTile(i: number): void {
    const tile = this.tiles[i];
    if (!tile) return;
    this.art.clear();
    drawTile(this.art, tile.type, i);
    this.haze.clear();
    for (const source of this.tiles) {
      const range = POLLUTION_RANGE[source.type];
      const distance = Math.abs(tile.x - source.x) + Math.abs(tile.y - source.y);
      if (!range || distance === 0 || distance > range) continue;
      this.haze.rect(0, 0, TILE_PX, TILE_PX).fill({ color: 0x5a4630, alpha: 0.16 / distance });
    }
    if (tile.x > 0) this.haze.rect(0, 0, 1, TILE_PX);
    if (tile.y > 0) this.haze.rect(0, 0, TILE_PX, 1);
    if (tile.x > 0 || tile.y > 0) this.haze.fill({ color: 0x000000, alpha: 0.18 });
    const renderer = this.stage.app.renderer;
    const gl = (renderer as { gl?: WebGL2RenderingContext }).gl;
    const scale = this.groundTexture.source.resolution;
    const left = tile.x * TILE_PX;
    const top = tile.y * TILE_PX;
    // A picture may reach past its square (a tree's trunk); the neighbours painted over that before, so clip it.
    gl?.enable(gl.SCISSOR_TEST);
    // A texture's rows count from its top here (Pixi flips the projection for render textures).
    gl?.scissor(left * scale, top * scale, TILE_PX * scale, TILE_PX * scale);
    try {
      renderer.render({ container: this.brush, target: this.groundTexture, clear: false, transform: new Matrix().translate(left, top) });
    } finally {
      gl?.disable(gl.SCISSOR_TEST);
    }
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
    const placed = `${left},${top},${side},${seen.left},${seen.top},${seen.width},${seen.height}`;
    if (placed !== this.placed) {
      // The map moved on the canvas: the next frame draws the whole canvas.
      this.placed = placed;
      this.whole = true;
    }
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
    redraw(this.stage);
    this.handlers.hover(null, 0, 0);
  };

  private readonly onClick = (event: MouseEvent) => {
    const tile = this.tiles[this.tileAt(event.clientX, event.clientY)];
    if (tile) this.handlers.pick(tile, event.clientX, event.clientY);
  };

  private drawCursor(): void {
    if (this.cursorAt >= 0) this.dirty.push(tileBox(this.cursorAt, 2));
    this.cursorAt = this.hovered;
    if (this.hovered >= 0) this.dirty.push(tileBox(this.hovered, 2));
    this.cursor.clear();
    if (this.hovered < 0) return;
    const x = (this.hovered % MAP_SIZE) * TILE_PX;
    const y = Math.floor(this.hovered / MAP_SIZE) * TILE_PX;
    this.cursor.rect(x + 1.5, y + 1.5, TILE_PX - 3, TILE_PX - 3).fill({ color: 0xffffff, alpha: 0.12 }).stroke({ width: 3, color: 0xffffff, alpha: 0.9 });
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
      const box = smokeBox(chimney);
      this.dirty.push({ ...box, x: tile.x * TILE_PX + box.x, y: tile.y * TILE_PX + box.y });
      for (let k = 0; k < 3; k++) {
        const t = ((now / 2400 + k / 3 + i * 0.13) % 1 + 1) % 1;
        const x = tile.x * TILE_PX + chimney.x + Math.sin(t * 6 + i) * 3 + t * 6;
        const y = tile.y * TILE_PX + chimney.y - t * 26;
        this.smoke.circle(x, y, 3 + t * 7).fill({ color: chimney.dirty ? 0x3c3a38 : 0xf4f8fb, alpha: (1 - t) * (chimney.dirty ? 0.7 : 0.55) });
      }
    });
    this.flashes.clear();
    for (const [i, started] of this.flashStarted) {
      // Drawn this frame or, once over, wiped: the flash's largest box either way.
      this.dirty.push(tileBox(i, FLASH_GROWTH + 1));
      const t = (performance.now() - started) / FLASH_MS;
      if (t >= 1) {
        this.flashStarted.delete(i);
        continue;
      }
      const x = (i % MAP_SIZE) * TILE_PX;
      const y = Math.floor(i / MAP_SIZE) * TILE_PX;
      this.flashes.rect(x - t * FLASH_GROWTH, y - t * FLASH_GROWTH, TILE_PX + t * 2 * FLASH_GROWTH, TILE_PX + t * 2 * FLASH_GROWTH).fill({ color: 0xffffff, alpha: 0.55 * (1 - t) });
    }
  }
}

/** Tile `i`'s square, `margin` wider on every side. */
function tileBox(i: number, margin: number): Box {
  return { x: (i % MAP_SIZE) * TILE_PX - margin, y: Math.floor(i / MAP_SIZE) * TILE_PX - margin, width: TILE_PX + 2 * margin, height: TILE_PX + 2 * margin };
}
