import { mkdirSync } from "node:fs";
import { matchMaker } from "@colyseus/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CampaignHistory, CampaignSummary } from "../../common/schemas/history.ts";
import type { CampaignState } from "../../common/state/CampaignState.ts";
import { chromiumInstalled, CHROMIUM_PATH, launchChromium } from "./support/browser-launch.ts";
import { SHOTS, until, waitForPhase } from "./support/browser-player.ts";
import { axeViolations, keyboardAct, LAPTOP, openDevice, PHONE, tabTo, tapAct, unusableControls } from "./support/browser-screens.ts";
import { serveGame, type ServedGame } from "./support/browser-server.ts";

const installed = chromiumInstalled();
const ci = process.env.CI === "true";

const started = Date.now();
const step = (what: string) => console.log(`${((Date.now() - started) / 1000).toFixed(1)}s ${what}`);
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/everyone-${name}.png` });
const serverState = (code: string) => matchMaker.getLocalRoomById(code)!.state as CampaignState;

/** Checks a screen the way a phone or keyboard player meets it: every control usable, no serious axe finding. */
async function screenOk(page: Page, touch: boolean, what: string): Promise<void> {
  expect(await unusableControls(page, touch), `${what}: controls out of reach`).toEqual([]);
  expect(await axeViolations(page), `${what}: accessibility`).toEqual([]);
}

/** The finished campaign as the history API serves it (stored a moment after the vote). */
async function storedCampaign(url: string, code: string): Promise<CampaignHistory> {
  for (let tries = 0; tries < 60; tries++) {
    const list = (await (await fetch(`${url}/api/campaigns?limit=12`)).json()) as CampaignSummary[];
    const found = list.find((c) => c.code === code);
    if (found) return (await (await fetch(`${url}/api/campaigns/${found.id}`)).json()) as CampaignHistory;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`campaign ${code} never reached the history`);
}

describe.skipIf(!installed && !ci)("browser: everyone can play (a phone by touch, a laptop by keyboard, a spectator)", () => {
  let game: ServedGame;
  let browser: Browser;

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

  it("plays a whole campaign at 390×844 by touch and at 1280×800 by keyboard, explains the vote, and offers a rematch", async () => {
    const phone = await openDevice(browser, game.url, PHONE);
    const laptop = await openDevice(browser, game.url, LAPTOP);
    const host = phone.page;
    const guest = laptop.page;

    step("home");
    await host.waitForSelector(".home .title");
    await screenOk(host, true, "phone home");
    expect(await host.isVisible(".how-to-play ol"), "a newcomer sees how to play").toBe(true);
    await shot(host, "01-phone-home");
    await host.fill(".home .name-input", "Ada");
    await host.tap("[data-action=create]");
    const code = ((await host.textContent(".big-code")) ?? "").trim();
    const state = serverState(code);

    step("lobby");
    await tabTo(guest, ".home .name-input");
    await guest.keyboard.type("Bo");
    await tabTo(guest, ".code-input");
    await guest.keyboard.type(code);
    await tabTo(guest, "[data-action=join]");
    await guest.keyboard.press("Enter");
    await guest.waitForSelector(".big-code");
    expect(await guest.textContent(".lobby-rules"), "the rules are shown to every mayor").toMatch(/rounds\. Each round/);

    const watchLink = await host.getAttribute("[data-link*='/watch/']", "data-link");
    expect(watchLink).toBe(`${game.url}/watch/${code}`);
    const spectator = await openDevice(browser, watchLink!, PHONE);
    await spectator.page.waitForSelector("text=You are watching this lobby");

    await host.tap("text=Add bot");
    await host.waitForSelector("[data-action=remove-bot]");
    const botId = await host.getAttribute(".seat:has([data-action=remove-bot])", "data-mayor");
    await host.tap("[data-action=remove-bot]");
    await until(() => !state.mayors.has(botId!), "the server to remove the bot");
    await host.waitForSelector(`.seat[data-mayor="${botId}"]`, { state: "detached" });
    await host.tap("[data-rounds='3']");
    await host.waitForSelector("[data-rounds='3'].on");
    await host.fill("input[aria-label='Reactions seconds']", "3");
    await host.dispatchEvent("input[aria-label='Reactions seconds']", "change");
    await host.tap("[data-action=ready]");
    await tabTo(guest, "[data-action=ready]");
    await guest.keyboard.press("Enter");
    await until(() => [...state.mayors.values()].every((m) => m.ready) && state.settings.rounds === 3 && state.settings.reactionsSeconds === 3, "two ready mayors, 3 rounds");
    await host.waitForSelector("[data-action=start]:not([disabled])");
    await screenOk(host, true, "phone lobby");
    await screenOk(guest, false, "laptop lobby");
    await shot(host, "02-phone-lobby");
    const ids = Object.fromEntries([...state.mayors.values()].map((m) => [m.name, m.id]));
    await host.tap("[data-action=start]");

    for (let round = 1; round <= 3; round++) {
      step(`round ${round}`);
      for (const p of [host, guest, spectator.page]) await waitForPhase(p, "policy", round);
      const square = (await host.locator(".tile-grid").boundingBox())!;
      expect(square.width, "the phone shows the map across the screen").toBeGreaterThan(340);
      expect(square.y + square.height).toBeLessThanOrEqual(844);
      await tapAct(host, state, ids.Ada!);
      await keyboardAct(guest, state, ids.Bo!);
      if (round === 1) {
        expect(await host.textContent(".coach"), "the first round is coached").toMatch(/actions/);
        await screenOk(host, true, "phone policy");
        await screenOk(guest, false, "laptop policy");
        await shot(host, "03-phone-policy");
        await shot(guest, "04-laptop-policy");
        await spectator.page.waitForSelector(".broadcast .race-row");
        await shot(spectator.page, "05-spectator-policy");
      }
      if (round === 2) {
        await host.tap("[data-action=leave]");
        await host.waitForSelector("dialog.confirm[open]");
        await shot(host, "06-phone-leave-asks");
        await host.tap("[data-confirm=no]");
        await host.waitForSelector("dialog.confirm", { state: "detached" });
        expect(state.mayors.get(ids.Ada!)!.connected, "staying keeps the seat").toBe(true);
      }
      await host.tap("[data-action=done]");
      await tabTo(guest, "[data-action=done]");
      await guest.keyboard.press("Enter");

      step("speeches");
      await host.waitForSelector(".speech-input:visible");
      const draft = `Round ${round}: I promise to plant a forest by round 3 and never demolish farmland.`;
      await host.fill(".speech-input", draft);
      if (round === 1) {
        await host.reload();
        await waitForPhase(host, "speech", 1);
        await host.waitForSelector(".speech-input:visible");
        expect(await host.inputValue(".speech-input"), "the draft survives a reload").toBe(draft);
        await screenOk(host, true, "phone speech");
        await shot(host, "07-phone-speech");
      }
      await host.tap("text=Deliver speech");
      await tabTo(guest, ".speech-input");
      await guest.keyboard.type("Jobs first: I will build a factory by round 2.");
      await tabTo(guest, "[data-action=deliver]");
      await guest.keyboard.press("Enter");

      step("reactions");
      await waitForPhase(spectator.page, "reactions", round);
      if (round === 1) {
        await spectator.page.waitForSelector(".feed li");
        await shot(spectator.page, "08-spectator-reactions");
        await host.tap("[data-tab=ledger]");
        await shot(host, "09-phone-fact-check");
        await host.tap("[data-tab=citizens]");
        await shot(host, "10-phone-citizens");
        await host.tap("[data-tab=city]");
      }
    }

    step("election");
    for (const p of [host, guest, spectator.page]) await p.waitForSelector(".election .winner", { timeout: 60_000 });
    const history = await storedCampaign(game.url, code);
    const reasons = await guest.$$eval(".bloc-reason", (items) => items.map((i) => [i.getAttribute("data-citizen"), i.getAttribute("data-mayor")]));
    const tally = new Map<string, string[]>();
    for (const v of history.votes) tally.set(v.citizen, [...(tally.get(v.citizen) ?? []), v.mayor]);
    expect(new Map(reasons.map(([c, m]) => [c!, m!.split(" ")])), "one reason per bloc, naming whom it voted for").toEqual(tally);
    expect(await guest.locator(".election .u-legend").count(), "the approval chart has a legend").toBe(1);
    await screenOk(host, true, "phone results");
    await screenOk(guest, false, "laptop results");
    await shot(host, "11-phone-results");
    await shot(guest, "12-laptop-results");

    step("report");
    const report = await openDevice(browser, `${game.url}/report/${history.id}`, LAPTOP);
    await report.page.waitForSelector(".report .scorecards");
    expect(await report.page.locator(".report .chart-box").count(), "one chart per mayor average plus one per citizen").toBeGreaterThan(1);
    expect(await report.page.locator(".report .bloc-reason").count()).toBe(tally.size);
    expect(await axeViolations(report.page), "report: accessibility").toEqual([]);
    await shot(report.page, "13-report");

    step("rematch");
    // The host role may have moved to Bo while Ada's page reloaded: whoever holds it now offers the rematch.
    if (state.hostId === ids.Ada) await host.tap("[data-action=rematch]");
    else {
      await tabTo(guest, "[data-action=rematch]");
      await guest.keyboard.press("Enter");
    }
    await until(() => state.phase === "lobby", "the room back in its lobby", 20_000).catch(async (error: Error) => {
      throw new Error(`${error.message}; the host sees: ${(await host.textContent("#toasts")) || "no message"}`);
    });
    for (const p of [host, guest]) await p.waitForSelector(".big-code");
    expect([...state.mayors.values()].map((m) => m.name).sort(), "the same seats").toEqual(["Ada", "Bo"]);
    expect(await host.inputValue(".lobby-profile .name-input")).toBe("Ada");

    for (const p of [phone, laptop, spectator, report]) expect(p.errors).toEqual([]);
  }, 400_000);
});
