import { mkdirSync } from "node:fs";
import { matchMaker } from "@colyseus/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe } from "vitest";
import type { CampaignState } from "../../../common/state/CampaignState.ts";
import { chromiumInstalled, CHROMIUM_PATH, launchChromium } from "./browser-launch.ts";
import { SHOTS } from "./browser-player.ts";
import { serveGame, type ServedGame } from "./browser-server.ts";

export interface BrowserRun {
  readonly game: ServedGame;
  readonly browser: Browser;
}

/**
 * A browser suite: the real server serving the built client, and Debian's chromium, shared by its tests. Without
 * chromium the suite is skipped with a loud line, except in CI, where a missing browser fails.
 */
export function describeInBrowser(title: string, body: (run: BrowserRun) => void): void {
  const installed = chromiumInstalled();
  const ci = process.env.CI === "true";
  if (!installed && !ci) {
    const line = "#".repeat(78);
    console.warn(`\n${line}\n# Browser tests skipped: install with \`apt-get install -y chromium\` (looked for ${CHROMIUM_PATH})\n${line}\n`);
  }
  describe.skipIf(!installed && !ci)(title, () => {
    let game: ServedGame | undefined;
    let browser: Browser | undefined;
    beforeAll(async () => {
      if (!installed) throw new Error(`Chromium is missing at ${CHROMIUM_PATH}; CI must run the browser tests: apt-get install -y chromium`);
      mkdirSync(SHOTS, { recursive: true });
      game = await serveGame();
      browser = await launchChromium();
    }, 90_000);
    afterAll(async () => {
      await browser?.close();
      await game?.close();
    });
    body({
      get game() {
        if (!game) throw new Error("the game is served only once the suite has started");
        return game;
      },
      get browser() {
        if (!browser) throw new Error("chromium runs only once the suite has started");
        return browser;
      },
    });
  });
}

/** Progress lines (seconds since the start), so a slow or stuck run shows where it is, and named screenshots under test-results/. */
export function progress(prefix: string): { step(what: string): void; shot(page: Page, name: string): Promise<Buffer> } {
  const started = Date.now();
  const step = (what: string) => console.log(`${((Date.now() - started) / 1000).toFixed(1)}s ${what}`);
  return {
    step,
    shot(page, name) {
      step(`screenshot ${prefix}${name}`);
      return page.screenshot({ path: `${SHOTS}/${prefix}${name}.png` });
    },
  };
}

/** The server's own state of a room, to compare with what the pages show. */
export const serverState = (code: string) => matchMaker.getLocalRoomById(code)!.state as CampaignState;
