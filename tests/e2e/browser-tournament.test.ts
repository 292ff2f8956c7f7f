import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { openPage } from "./support/browser-player.ts";
import { axeViolations, LAPTOP, PHONE, tabTo, unusableControls } from "./support/browser-screens.ts";
import { describeInBrowser, progress } from "./support/browser-suite.ts";
import { seedRatedHistory } from "./support/rated-history.ts";

const { step, shot } = progress("tournament-");

/** A screen as a phone (touch) or a keyboard player meets it: every control usable, no serious axe finding. */
async function screenOk(page: Page, touch: boolean, what: string): Promise<void> {
  expect(await unusableControls(page, touch), `${what}: controls out of reach`).toEqual([]);
  expect(await axeViolations(page), `${what}: accessibility`).toEqual([]);
}

/** This browser's identity as the page keeps it. */
const identityOf = async (page: Page) => JSON.parse((await page.evaluate(() => localStorage.getItem("ecotopia.identity"))) ?? "null") as { id: string } | null;

describeInBrowser("browser: tournaments, the leaderboard and a player's page", (run) => {
  it("the leaderboard lists rated players (namesakes told apart) and leads to a player's page with the rating chart and replays", async () => {
    step("leaderboard and player page");
    // First in the file: the embedded Postgres serves one session at a time, so the seed writes while nothing else runs.
    const ids = await seedRatedHistory(run.game.server.databaseUrl, ["Ana", "ana", "Bruno"], 3);
    const phone = await openPage(run.browser, `${run.game.url}/leaderboard`, PHONE);
    const p = phone.page;
    await p.waitForSelector(".board tbody tr");
    const rows = await p.$$eval(".board tbody tr", (trs) => trs.map((tr) => tr.getAttribute("data-player")));
    expect(rows.filter((id) => ids.includes(id!)).length, "every seeded player is on the board").toBe(3);
    const names = await p.$$eval(".board tbody th a", (links) => links.map((a) => a.textContent));
    expect(names.filter((n) => /^ana#[0-9a-f]{3,}$/i.test(n ?? "")).length, "namesakes carry a tag").toBe(2);
    expect(await p.locator(".tag-provisional").count(), "three rated campaigns are provisional").toBe(3);
    await screenOk(p, true, "phone leaderboard");
    await shot(p, "06-phone-leaderboard");
    await p.tap(`.board a[href="/player/${ids[2]}"]`);
    await p.waitForSelector(".page .chart-box");
    expect(await p.locator("[data-campaign]").count(), "every campaign the player sat in").toBe(3);
    await screenOk(p, true, "phone player page");
    await shot(p, "07-phone-player");

    const laptop = await openPage(run.browser, `${run.game.url}/leaderboard`, LAPTOP);
    const k = laptop.page;
    await k.waitForSelector(".board tbody tr");
    await tabTo(k, `.board a[href="/player/${ids[0]}"]`);
    await k.keyboard.press("Enter");
    await k.waitForSelector(".page .chart-box");
    await tabTo(k, "[data-campaign] a[href^='/replay/']");
    await screenOk(k, false, "laptop player page");
    await shot(k, "08-laptop-player");
    await k.keyboard.press("Enter");
    await k.waitForURL(/\/replay\//);
    for (const device of [phone, laptop]) expect(device.errors).toEqual([]);
    for (const device of [phone, laptop]) await device.page.context().close();
  }, 180_000);

  it("a host and two players create, join and start a tournament through its pages; a spectator watches a campaign from it", async () => {
    const host = await openPage(run.browser, `${run.game.url}/tournaments`, LAPTOP);
    const h = host.page;

    step("the host creates a tournament");
    await h.waitForSelector("form.tournament-form");
    await screenOk(h, false, "tournaments page");
    await shot(h, "01-list-laptop");
    await h.fill("[data-field=host-name]", "Hana");
    await h.fill("[data-field=name]", "Browser Cup");
    await h.selectOption("[data-field=rounds]", "1");
    await h.selectOption("[data-field=table-size]", "3");
    await h.selectOption("[data-field=campaign-rounds]", "3");
    for (const [field, seconds] of [["policy", "10"], ["speech", "15"], ["reactions", "3"]]) await h.fill(`[data-field=${field}]`, seconds!);
    await h.click("[data-action=create-tournament]");
    await h.waitForURL(/\/tournament\/[A-Z]+$/);
    const code = new URL(h.url()).pathname.split("/").pop()!;
    await h.waitForSelector("[data-action=register]");
    expect(await h.textContent(".now-line"), "the host is told what to do").toMatch(/Share the link/);
    await h.click("[data-action=register]");
    await h.waitForSelector(".entries [data-entry]");

    step(`players register for ${code}`);
    // Straight to the tournament's link, as a shared link brings a newcomer: the identity is issued on registering.
    const phone = await openPage(run.browser, `${run.game.url}/tournament/${code}`, PHONE);
    const p = phone.page;
    await p.waitForSelector(".join-card [data-action=register]");
    expect(await p.textContent(".now-line"), "a newcomer is told to register").toMatch(/press Register/);
    await p.fill(".join-card .name-input", "Ines");
    await p.tap("[data-action=register]");
    await p.waitForSelector("[data-action=withdraw]");
    await screenOk(p, true, "phone, registered");
    await shot(p, "02-phone-registered");

    const keyboard = await openPage(run.browser, `${run.game.url}/tournament/${code}`, LAPTOP);
    const k = keyboard.page;
    await k.waitForSelector(".join-card .name-input");
    await tabTo(k, ".join-card .name-input");
    await k.keyboard.press("Control+A");
    await k.keyboard.type("Jon");
    await tabTo(k, "[data-action=register]");
    await k.keyboard.press("Enter");
    await k.waitForSelector("[data-action=withdraw]");
    const jon = (await identityOf(k))!.id;

    await h.waitForFunction(() => document.querySelectorAll(".entries [data-entry]").length === 3);
    expect(await h.textContent(".entries"), "registrations appear live to the host").toMatch(/Hana.*Ines.*Jon/s);
    await screenOk(h, false, "host lobby");
    await shot(h, "03-host-lobby");
    await h.click(`[data-remove="${jon}"]`);
    await k.waitForSelector("[data-action=register]");
    expect(await k.textContent(".now-line"), "a removed player may register again").toMatch(/press Register/);
    await tabTo(k, "[data-action=register]");
    await k.keyboard.press("Enter");
    await h.waitForFunction(() => document.querySelectorAll(".entries [data-entry]").length === 3);

    step("the host closes registration and starts");
    await h.click("[data-action=close]");
    await p.waitForFunction(() => /Registration is closed/.test(document.querySelector(".now-line")?.textContent ?? ""));
    await h.click("[data-action=start]");
    for (const page of [h, p, k]) await page.waitForSelector(".campaign[data-phase], .big-code");

    step("a spectator watches from the tournament page");
    const spectator = await openPage(run.browser, `${run.game.url}/tournament/${code}`, PHONE);
    const s = spectator.page;
    await s.waitForSelector("[data-watch]");
    expect(await s.textContent(".now-line")).toMatch(/Press Watch/);
    expect(await s.textContent(".table-card"), "the table names its mayors").toMatch(/Hana.*Ines.*Jon/s);
    await screenOk(s, true, "spectator, tournament running");
    await shot(s, "04-phone-spectator-tables");
    await s.tap("[data-watch]");
    // Nobody acts, so the short phases may already have moved on: any phase of the campaign will do.
    for (const page of [h, p, k, s]) await page.waitForSelector(".campaign[data-phase]");
    expect(await s.isVisible(".tag-spectator"), "the spectator watches, never plays").toBe(true);
    await shot(s, "05-phone-spectator-campaign");

    for (const device of [host, phone, keyboard, spectator]) expect(device.errors).toEqual([]);
  }, 240_000);
});
