import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { expect } from "vitest";
import { actionsFor } from "../../../common/rules/actions.ts";
import type { TileType } from "../../../common/schemas/game.ts";
import type { CampaignState } from "../../../common/state/CampaignState.ts";

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 720 } };
export const SHOTS = "test-results";

/**
 * The same device asking for reduced motion: the client then draws still pictures (no smoke, no blinking windows), so
 * a page costs nothing while nothing changes. Each suite keeps one page animated and the others still: several pages
 * drawing at once in software WebGL would take the whole machine.
 */
export const still = (device: BrowserContextOptions = DESKTOP): BrowserContextOptions => ({ ...device, reducedMotion: "reduce" });

/** A browser context of its own (its own sessionStorage), a 1280×720 desktop unless told, that records the page's errors. */
export async function openPage(browser: Browser, url: string, device = DESKTOP): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

/** Polls until `check` holds (server state changes arrive asynchronously). */
export async function until(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

export async function waitForPhase(page: Page, phase: string, round?: number): Promise<void> {
  await page.waitForSelector(`.campaign[data-phase="${phase}"]`, { timeout: 60_000 });
  if (round !== undefined) await page.waitForFunction((r) => document.querySelector(".round")?.textContent?.startsWith(`Round ${r} `), round, { timeout: 60_000 });
}

/** The map's square on screen, as the page lays it out. */
export async function mapSquare(page: Page): Promise<{ left: number; top: number; side: number }> {
  const square = await page.getAttribute(".map-slot", "data-square");
  const [left, top, side] = (square ?? "0,0,0").split(",").map(Number) as [number, number, number];
  return { left, top, side };
}

export async function tileCentre(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const { left, top, side } = await mapSquare(page);
  return { x: left + ((x + 0.5) * side) / 10, y: top + ((y + 0.5) * side) / 10 };
}

/** A free tile with an action the city's research already allows, chosen from the server's state. */
export function freeTile(state: CampaignState, prefer: TileType[]): { x: number; y: number; type: TileType } {
  const tiles = state.tiles.map((t, i) => ({ x: i % 10, y: Math.floor(i / 10), type: t.type as TileType, actedBy: t.actedBy }));
  const open = tiles.filter((t) => t.actedBy === "" && actionsFor(t.type, state.bars.research).some((a) => a.unlocked));
  const tile = prefer.map((type) => open.find((t) => t.type === type)).find(Boolean) ?? open[0];
  if (!tile) throw new Error("no free tile to act on");
  return tile;
}

/** Clicks a tile on the canvas, picks the first allowed action in its menu, and waits for the server to record it. */
export async function actOnTile(page: Page, state: CampaignState, mayor: string, prefer: TileType[]): Promise<{ x: number; y: number }> {
  const tile = freeTile(state, prefer);
  const at = await tileCentre(page, tile.x, tile.y);
  await page.mouse.click(at.x, at.y);
  await page.waitForSelector(".tile-menu:not([hidden])");
  expect(await page.getAttribute(".tile-menu", "data-tile")).toBe(`${tile.x},${tile.y}`);
  await page.click(".tile-action:not([disabled])");
  await until(() => state.tiles[tile.y * 10 + tile.x]!.actedBy === mayor, `the server to record ${mayor}'s action on (${tile.x},${tile.y})`);
  return tile;
}

/** Hovers a tile and returns its tooltip's text. */
export async function tooltipOf(page: Page, x: number, y: number): Promise<string> {
  const at = await tileCentre(page, x, y);
  await page.mouse.move(at.x, at.y);
  await page.waitForSelector(".tooltip:not([hidden])");
  return (await page.textContent(".tooltip")) ?? "";
}
