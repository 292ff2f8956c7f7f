import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { CampaignState } from "../../../common/state/CampaignState.ts";
import { freeTile, until } from "./browser-player.ts";

/** A phone held upright (touch, no hover) and a laptop screen driven by the keyboard alone. */
export const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;
export const LAPTOP = { viewport: { width: 1280, height: 800 } } as const;

/**
 * Every visible control of the page that cannot be used: outside the viewport even once scrolled to, or (on a touch
 * screen) smaller than 44 px. The map's cells are left out: ten of them share the phone's width.
 */
export function unusableControls(page: Page, touch: boolean): Promise<string[]> {
  // One round trip for the whole screen: each control is scrolled to as a player would, then measured.
  return page.evaluate((touch) => {
    const controls = document.querySelectorAll<HTMLElement>("button, a[href], input, select, textarea, summary");
    const problems: string[] = [];
    for (const control of controls) {
      if (!control.checkVisibility({ visibilityProperty: true }) || control.getBoundingClientRect().width === 0) continue;
      control.scrollIntoView({ block: "nearest", inline: "nearest" });
      const box = control.getBoundingClientRect();
      const name = `${control.tagName.toLowerCase()} “${(control.getAttribute("aria-label") ?? control.textContent ?? "").trim().slice(0, 40)}”`;
      if (box.x < -1 || box.y < -1 || box.right > innerWidth + 1 || box.bottom > innerHeight + 1) {
        problems.push(`${name} is outside the viewport at ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`);
      } else if (touch && (box.height < 43.5 || box.width < 43.5)) {
        problems.push(`${name} is ${Math.round(box.width)}×${Math.round(box.height)}, under 44 px`);
      }
    }
    return problems;
  }, touch);
}

const AXE_SOURCE: string = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

/** axe-core's serious and critical findings on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.impact} ${v.id}: ${v.targets.join(", ")}`);
}

/** Checks a screen the way a phone or keyboard player meets it: every control usable, no serious axe finding. */
export async function screenOk(page: Page, touch: boolean, what: string): Promise<void> {
  expect(await unusableControls(page, touch), `${what}: controls out of reach`).toEqual([]);
  expect(await axeViolations(page), `${what}: accessibility`).toEqual([]);
}

/** Presses Tab until the focused element matches `selector`: proof that the keyboard alone reaches it. */
export async function tabTo(page: Page, selector: string, maxPresses = 120): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The keyboard way to act: Tab into the map, arrows to a free tile, Enter opens its menu (focus on the first item), Enter acts. */
export async function keyboardAct(page: Page, state: CampaignState, mayor: string): Promise<{ x: number; y: number }> {
  const tile = freeTile(state, ["WASTELAND", "FARMLAND", "HEALTHY_FOREST"]);
  await tabTo(page, ".tile-cell");
  const at = ((await page.evaluate(() => document.activeElement?.getAttribute("data-tile"))) ?? "0,0").split(",").map(Number) as [number, number];
  for (let x = at[0]; x !== tile.x; x += Math.sign(tile.x - x)) await page.keyboard.press(tile.x > x ? "ArrowRight" : "ArrowLeft");
  for (let y = at[1]; y !== tile.y; y += Math.sign(tile.y - y)) await page.keyboard.press(tile.y > y ? "ArrowDown" : "ArrowUp");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-tile"))).toBe(`${tile.x},${tile.y}`);
  await page.keyboard.press("Enter");
  await page.waitForSelector(".tile-menu:not([hidden])");
  expect(await page.evaluate(() => document.activeElement?.classList.contains("tile-action")), "focus on the menu's first action").toBe(true);
  await page.keyboard.press("Enter");
  await until(() => state.tiles[tile.y * 10 + tile.x]!.actedBy === mayor, `the server to record ${mayor}'s keyboard action`);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-tile")), "focus back on the tile").toBe(`${tile.x},${tile.y}`);
  return tile;
}

/** The touch way to act: tap a free tile, check its menu sheet is inside the screen, tap its first allowed action. */
export async function tapAct(page: Page, state: CampaignState, mayor: string): Promise<{ x: number; y: number }> {
  const tile = freeTile(state, ["WASTELAND", "FARMLAND", "HEALTHY_FOREST"]);
  await page.tap(`.tile-cell[data-tile="${tile.x},${tile.y}"]`);
  await page.waitForSelector(".tile-menu:not([hidden])");
  expect(await page.getAttribute(".tile-menu", "data-tile")).toBe(`${tile.x},${tile.y}`);
  const menu = (await page.locator(".tile-menu").boundingBox())!;
  expect(menu.y + menu.height, "the menu ends inside the screen").toBeLessThanOrEqual(page.viewportSize()!.height + 1);
  await page.tap(".tile-action:not([disabled])");
  await until(() => state.tiles[tile.y * 10 + tile.x]!.actedBy === mayor, `the server to record ${mayor}'s tapped action`);
  return tile;
}

/**
 * Every tile of the map as a finger meets it: at least 44×44 px, and, once the map is panned to it, the topmost thing
 * under its centre. One line per tile that fails.
 */
export function untappableTiles(page: Page): Promise<string[]> {
  return page.$$eval(".tile-cell", (cells) =>
    cells.flatMap((cell) => {
      cell.scrollIntoView({ block: "nearest", inline: "nearest" });
      const box = cell.getBoundingClientRect();
      const name = `tile ${cell.getAttribute("data-tile")}`;
      if (box.width < 44 || box.height < 44) return [`${name} is ${box.width.toFixed(1)}×${box.height.toFixed(1)}, under 44 px`];
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit?.closest(".tile-cell") === cell ? [] : [`${name} is covered by ${hit ? hit.className || hit.tagName : "nothing"}`];
    }),
  );
}

/** A finger drags across the map to scroll it by about (dx, dy) (raw touch events, as a phone sends them); returns where the map view scrolled to. */
export async function swipeMap(page: Page, dx: number, dy: number): Promise<{ left: number; top: number }> {
  const view = (await page.locator(".map-view").boundingBox())!;
  const start = { x: view.x + view.width * 0.7, y: view.y + view.height * 0.7 };
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: "touchStart" | "touchMove" | "touchEnd", at: { x: number; y: number }[]) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: at });
  const STEPS = 10;
  await touch("touchStart", [start]);
  for (let i = 1; i <= STEPS; i++) await touch("touchMove", [{ x: start.x - (dx * i) / STEPS, y: start.y - (dy * i) / STEPS }]);
  await touch("touchEnd", []);
  await cdp.detach();
  // The compositor scrolls on its own frame: read the view once two frames have passed.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.$eval(".map-view", (v) => ({ left: v.scrollLeft, top: v.scrollTop }));
}
