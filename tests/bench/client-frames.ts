import type { Page } from "playwright-core";
import { chromiumInstalled, launchChromium } from "../e2e/support/browser-launch.ts";
import { serveGame } from "../e2e/support/browser-server.ts";
import { Player } from "../e2e/support/player.ts";

/**
 * npm run bench:client — the campaign screen's frame rate in headless chromium (software WebGL): a server as the
 * browser e2e tests start it, a campaign of six bots (factories smoke, so the map animates), and the page watching
 * it. Prints the page's animation frames per second, the frames Pixi drew (WebGL clears), and long tasks, for the
 * home screen and for the campaign screen, idle and while the pointer moves over the map.
 */
const MEASURE_MS = Number(process.env.BENCH_CLIENT_MS ?? 8000);
const STRATEGIES = ["green", "industrial", "balanced", "liar", "industrial"] as const;

/** Counts, from the page's first script: animation frames, WebGL clears (one per frame Pixi draws), long tasks. */
const INSTRUMENT = `(() => {
  const meter = { raf: 0, clears: 0, longTasks: 0, longMs: 0 };
  window.__meter = meter;
  const tick = () => { meter.raf++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const clear = proto.clear;
    proto.clear = function (mask) { if (this.getParameter(this.FRAMEBUFFER_BINDING) === null) meter.clears++; return clear.call(this, mask); };
  }
  new PerformanceObserver((list) => { for (const e of list.getEntries()) { meter.longTasks++; meter.longMs += e.duration; } }).observe({ type: "longtask", buffered: true });
})();`;

interface Meter {
  raf: number;
  clears: number;
  longTasks: number;
  longMs: number;
}

async function measure(page: Page, label: string, during?: (stop: () => boolean) => Promise<void>): Promise<void> {
  const read = () => page.evaluate(() => ({ ...(window as unknown as { __meter: Meter }).__meter }));
  const before = await read();
  const started = Date.now();
  const stopAt = started + MEASURE_MS;
  await (during ? during(() => Date.now() >= stopAt) : new Promise((done) => setTimeout(done, MEASURE_MS)));
  const after = await read();
  const seconds = (Date.now() - started) / 1000;
  const rate = (k: keyof Meter) => ((after[k] - before[k]) / seconds).toFixed(1);
  console.log(
    `${label.padEnd(36)} ${rate("raf").padStart(6)} animation frames/s ${rate("clears").padStart(6)} Pixi frames/s ` +
      `${String(after.longTasks - before.longTasks).padStart(4)} long tasks (${Math.round(after.longMs - before.longMs)} ms)`,
  );
}

async function sweepPointer(page: Page, stop: () => boolean): Promise<void> {
  const square = (await page.getAttribute(".map-slot", "data-square")) ?? "0,0,0";
  const [left, top, side] = square.split(",").map(Number) as [number, number, number];
  for (let k = 0; !stop(); k++) {
    const t = (k % 40) / 40;
    await page.mouse.move(left + side * t, top + side * (0.5 + 0.4 * Math.sin(k / 5)));
    await new Promise((done) => setTimeout(done, 30));
  }
}

if (!chromiumInstalled()) {
  console.error("chromium is not installed (apt-get install -y chromium): nothing to measure.");
  process.exit(1);
}
const game = await serveGame();
const browser = await launchChromium();
const host = new Player(`ws://127.0.0.1:${game.server.port}`, "Bench Host");
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(game.url);
  await page.waitForTimeout(1000);
  await measure(page, "home screen");
  await host.join({ create: { private: true } });
  for (const strategy of STRATEGIES) host.send("bot", { strategy });
  host.send("ready", { ready: true });
  await host.waitState((s) => Object.values(s.mayors).filter((m) => m.ready).length === 6, "six ready mayors");
  host.send("start", {});
  await host.waitPhase("policy", 1);
  await page.goto(`${game.url}/watch/${host.code}`);
  await page.waitForSelector('.campaign[data-phase="policy"]');
  await page.waitForTimeout(2000);
  await measure(page, "campaign screen, policy phase");
  await measure(page, "campaign screen, pointer over the map", (stop) => sweepPointer(page, stop));
} finally {
  await host.leave().catch(() => {});
  await browser.close();
  await game.close();
}
process.exit(0);
