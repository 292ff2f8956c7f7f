import { Container, Graphics } from "pixi.js";
import { animate, REDUCED_MOTION, type Stage } from "../stage.ts";

const FRAME_MS = 125;

interface Building {
  x: number;
  width: number;
  height: number;
  windows: { x: number; y: number; phase: number }[];
}

/** The title backdrop: a night city on the edge, windows blinking, a smokestack breathing. Procedural, no assets. */
export class Skyline {
  private readonly root = new Container();
  private readonly sky = new Graphics();
  private readonly city = new Graphics();
  private readonly lights = new Graphics();
  private buildings: Building[] = [];
  private readonly timer: number;
  /** A still backdrop (reduced motion) is drawn again only once its layout changed. */
  private dirty = true;
  private readonly onResize = () => this.layout();

  constructor(private readonly stage: Stage) {
    this.root.addChild(this.sky, this.city, this.lights);
    stage.layer.addChild(this.root);
    window.addEventListener("resize", this.onResize);
    this.layout();
    // A backdrop needs no 30 frames a second: a few frames a second keep the lights alive at a fraction of the cost.
    animate(stage, false);
    this.timer = window.setInterval(() => {
      if (REDUCED_MOTION.matches && !this.dirty) return;
      this.dirty = false;
      this.animate(performance.now());
      stage.app.render();
    }, FRAME_MS);
  }

  destroy(): void {
    window.clearInterval(this.timer);
    window.removeEventListener("resize", this.onResize);
    this.root.destroy({ children: true });
    animate(this.stage, true);
  }

  private layout(): void {
    this.dirty = true;
    const w = window.innerWidth;
    const h = window.innerHeight;
    this.sky.clear();
    for (let i = 0; i < 12; i++) this.sky.rect(0, (h * i) / 12, w, h / 12 + 1).fill({ color: [0x0b1420, 0x10202f, 0x16293a, 0x1d3344][Math.floor(i / 3)]! });
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) % 1000) / 1000;
    for (let i = 0; i < 90; i++) this.sky.circle(rand() * w, rand() * h * 0.5, rand() * 1.4 + 0.3).fill({ color: 0xffffff, alpha: 0.3 + rand() * 0.5 });
    this.sky.circle(w * 0.82, h * 0.16, 38).fill({ color: 0xf3efd9, alpha: 0.9 });
    this.buildings = [];
    this.city.clear();
    this.city.rect(0, h - 40, w, 40).fill(0x0a0f16);
    for (let x = -10; x < w; ) {
      const width = 40 + rand() * 70;
      const height = h * (0.14 + rand() * 0.32);
      const windows = [];
      for (let wy = h - 40 - height + 12; wy < h - 52; wy += 16) {
        for (let wx = x + 8; wx < x + width - 10; wx += 14) if (rand() > 0.45) windows.push({ x: wx, y: wy, phase: rand() * 10 });
      }
      this.buildings.push({ x, width, height, windows });
      this.city.rect(x, h - 40 - height, width - 4, height).fill(rand() > 0.5 ? 0x142130 : 0x182838);
      x += width;
    }
    this.city.rect(w * 0.12, h - 40 - h * 0.5, 22, h * 0.5).fill(0x1b2633);
    this.city.rect(0, h - 40, w, 3).fill({ color: 0x3cb371, alpha: 0.45 });
  }

  private animate(now: number): void {
    const h = window.innerHeight;
    this.lights.clear();
    for (const b of this.buildings) {
      for (const win of b.windows) {
        const on = Math.sin(now / 1500 + win.phase * 3) > -0.6;
        if (on) this.lights.rect(win.x, win.y, 6, 8).fill({ color: 0xffd86b, alpha: 0.75 });
      }
    }
    const baseX = window.innerWidth * 0.12 + 11;
    for (let k = 0; k < 6; k++) {
      const t = (now / 5000 + k / 6) % 1;
      this.lights.circle(baseX + t * 60, h - 40 - h * 0.5 - t * 120, 8 + t * 26).fill({ color: 0x6b6560, alpha: 0.35 * (1 - t) });
    }
  }
}
