import { expect, it } from "vitest";
import type { CampaignHistory } from "../../common/schemas/history.ts";
import { actOnTile, mapSquare, openPage, still, tooltipOf, until, waitForPhase } from "./support/browser-player.ts";
import { pixelStats } from "./support/browser-pixels.ts";
import { describeInBrowser, progress, serverState } from "./support/browser-suite.ts";

const { step, shot } = progress("");

describeInBrowser("browser: a whole campaign played through the page", (run) => {
  it("two mayors and a spectator play 3 rounds: lobby, map, speeches, reactions, a reload, the vote and a replay", async () => {
    const { game, browser } = run;
    const host = await openPage(browser, game.url);
    const guest = await openPage(browser, game.url, still());
    const watcher = await openPage(browser, game.url, still());

    await host.page.waitForSelector(".home .title");
    await host.page.waitForTimeout(400);
    const sky = await pixelStats(host.page, { x: 0, y: 0, width: 1280, height: 720 });
    expect(sky.colours, "the home backdrop is drawn").toBeGreaterThan(12);
    await shot(host.page, "01-home");

    await host.page.fill(".home .name-input", "Ada");
    await host.page.click("[data-action=create]");
    const code = ((await host.page.textContent(".big-code")) ?? "").trim();
    expect(code).toMatch(/^[A-Z]{6}$/);
    const state = serverState(code);
    expect(state.code).toBe(code);

    await guest.page.fill(".home .name-input", "Bo");
    await guest.page.fill(".code-input", "QQQQQQ");
    await guest.page.click("[data-action=join]");
    // Toasts fade: wait for the one that names the wrong code rather than read whichever shows later.
    await guest.page.waitForSelector(".toast:has-text('No campaign has the code QQQQQQ')");
    await guest.page.fill(".code-input", code);
    await guest.page.click("[data-action=join]");
    await guest.page.waitForSelector(".big-code");

    await watcher.page.fill(".code-input", code);
    await watcher.page.click("[data-action=watch]");
    await watcher.page.waitForSelector("text=You are watching this lobby");

    await host.page.click("text=Add bot");
    await host.page.click("[data-rounds='3']");
    await host.page.click("[data-action=ready]");
    await guest.page.click("[data-action=ready]");
    await until(() => [...state.mayors.values()].filter((m) => m.ready).length === 3 && state.settings.rounds === 3, "three ready mayors and 3 rounds");
    const ids = Object.fromEntries([...state.mayors.values()].map((m) => [m.name, m.id]));
    await host.page.waitForSelector(`.seat[data-mayor="${ids.Bo}"] .ready.yes`);
    await shot(host.page, "02-lobby");
    await host.page.click("[data-action=start]");

    const speeches: Record<number, string> = {};
    for (let round = 1; round <= 3; round++) {
      step(`round ${round}`);
      for (const p of [host, guest, watcher]) await waitForPhase(p.page, "policy", round);
      await until(() => state.phase === "policy" && state.round === round, `round ${round}'s policy phase`);
      await host.page.waitForFunction((v) => document.querySelector("[data-bar=ecology]")?.getAttribute("data-value") === String(v), state.bars.ecology);
      expect(await watcher.page.getAttribute("[data-bar=economy]", "data-value")).toBe(String(state.bars.economy));

      const acted = await actOnTile(host.page, state, ids.Ada!, ["WASTELAND", "HEALTHY_FOREST"]);
      if (round === 1) {
        expect(await tooltipOf(watcher.page, acted.x, acted.y)).toContain("Acted on this round by Ada");
        const square = await mapSquare(host.page);
        const map = await pixelStats(host.page, { x: square.left, y: square.top, width: square.side, height: square.side });
        expect(map.colours, "the map is drawn").toBeGreaterThan(40);
        expect(map.spread, "the map is not uniform").toBeGreaterThan(15);
        await shot(host.page, "03-policy");
      }
      await actOnTile(guest.page, state, ids.Bo!, ["FACTORY", "WASTELAND", "FARMLAND"]);
      if (round === 2) {
        await actOnTile(guest.page, state, ids.Bo!, ["WASTELAND", "HEALTHY_FOREST"]);
        step("reload");
        await guest.page.reload();
        await waitForPhase(guest.page, "policy", 2);
        await guest.page.waitForSelector(".who-me");
        expect(await guest.page.textContent(".who-me")).toContain("Bo");
        expect(await guest.page.getAttribute(".mayor-me", "data-mayor")).toBe(ids.Bo);
        await until(() => state.mayors.get(ids.Bo!)!.connected, "Bo's seat to be connected again");
        expect([...state.mayors.values()].map((m) => m.name).sort()).toEqual(["Ada", "Bo", "Green bot"]);
      } else await guest.page.click("[data-action=done]");
      await host.page.click("[data-action=done]");

      step("speeches");
      for (const p of [host, guest]) await p.page.waitForSelector(".speech-input:visible");
      await watcher.page.waitForSelector("text=The mayors are writing their speeches");
      speeches[round] = `Round ${round}: I promise to plant a forest and build a research centre by round 3. No more factories in our town!`;
      await host.page.fill(".speech-input", speeches[round]!);
      expect(await host.page.textContent(".counter")).toBe(`${speeches[round]!.length} / 1200`);
      if (round === 1) await shot(host.page, "04-speech");
      await host.page.click("text=Deliver speech");
      await host.page.waitForSelector("text=Delivered.");
      await guest.page.fill(".speech-input", "Jobs first. I will keep the factories running and build more of them.");
      await guest.page.click("text=Deliver speech");

      step("reveal");
      await watcher.page.waitForSelector(`.speech-column[data-mayor="${ids.Ada}"] .speech-text`, { timeout: 60_000 });
      expect(await watcher.page.textContent(`.speech-column[data-mayor="${ids.Ada}"] .speech-text`)).toBe(speeches[round]);
      if (round === 1) {
        await waitForPhase(watcher.page, "reactions", round);
        await watcher.page.waitForSelector(".feed li");
        await watcher.page.waitForTimeout(900);
        await shot(watcher.page, "05-reactions-spectator");
        await shot(guest.page, "06-reactions-player");
        expect(await watcher.page.textContent(".topbar")).toContain("Spectator");
      }
    }

    step("election");
    for (const p of [host, guest, watcher]) await p.page.waitForSelector(".election .winner", { timeout: 60_000 });
    await until(() => state.winner !== "", "the server's winner");
    const winner = state.mayors.get(state.winner)!.name;
    expect(await watcher.page.textContent(".winner-name")).toBe(winner);
    // Every promise of the stored history (each round is stored before its story goes out) is on the fact-check panel.
    const campaignId = ((await host.page.getAttribute("[data-action=report]", "href")) ?? "").replace("/report/", "");
    const stored = (await (await fetch(`${game.url}/api/campaigns/${campaignId}`)).json()) as CampaignHistory;
    expect(stored.promises.length).toBeGreaterThan(0);
    expect(await host.page.locator(".ledger .promise").count()).toBe(stored.promises.length);
    await shot(host.page, "07-results");
    const tally = await host.page.$$eval(".tally-count", (nodes) => nodes.reduce((sum, n) => sum + Number(n.textContent), 0));
    const blocs = state.citizens.reduce((sum, c) => sum + c.bloc, 0);
    expect(tally).toBe(blocs);
    await host.page.evaluate(() => document.querySelector(".election")?.scrollTo(0, 10_000));
    await shot(host.page, "08-results-chart");

    step("replay");
    await watcher.page.click("text=Back to the town hall");
    await watcher.page.waitForSelector("[data-replay]", { timeout: 60_000 });
    await watcher.page.click("[data-replay]");
    await watcher.page.waitForSelector(".replay-step");
    expect(await watcher.page.textContent(".replay-step")).toBe("Round 1 of 3");
    await watcher.page.click("[data-replay=next]");
    expect(await watcher.page.textContent(".replay-step")).toBe("Round 2 of 3");
    await watcher.page.waitForSelector(`.speech-column[data-mayor="${ids.Ada}"] .speech-text`);
    expect(await watcher.page.textContent(`.speech-column[data-mayor="${ids.Ada}"] .speech-text`)).toBe(speeches[2]);
    await watcher.page.waitForTimeout(700);
    await shot(watcher.page, "09-replay");

    for (const p of [host, guest, watcher]) expect(p.errors).toEqual([]);
  }, 580_000);
});
