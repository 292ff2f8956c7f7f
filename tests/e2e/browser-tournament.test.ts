import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { openPage, still } from "./support/browser-player.ts";
import { LAPTOP, PHONE, screenOk, tabTo } from "./support/browser-screens.ts";
import { identityOf } from "./support/browser-identity.ts";
import { describeInBrowser, progress, serverState } from "./support/browser-suite.ts";

const { step, shot } = progress("tournament-");
/** The narrowest phone the pages are made for, held upright. */
const NARROW = { ...PHONE, viewport: { width: 360, height: 740 } } as const;

/** What a 360-px screen makes of the tournament page: sideways scrolling, and each standing's name and points as seen. */
function narrowLayout(page: Page) {
  return page.evaluate(() => {
    const seen = (cell: Element | null) => {
      const box = cell?.getBoundingClientRect();
      return !!cell && !!box && cell.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.left >= 0 && box.right <= innerWidth;
    };
    return {
      scrollWidth: document.documentElement.scrollWidth,
      standings: [...document.querySelectorAll(".standings tbody tr")].map((row) => {
        const name = row.querySelector(".board-name a");
        const points = row.querySelector(".board-points");
        return { name: name?.textContent ?? "", points: points?.textContent ?? "", visible: seen(name) && seen(points) };
      }),
    };
  });
}

describeInBrowser("browser: a tournament run through its pages", (run) => {
  it("a host and two players create, join and start a tournament through its pages; a reload keeps a player's campaign seat; the page fits a 360-px phone; a spectator watches a campaign from it", async () => {
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
    const phone = await openPage(run.browser, `${run.game.url}/tournament/${code}`, NARROW);
    const p = phone.page;
    await p.waitForSelector(".join-card [data-action=register]");
    expect(await p.textContent(".now-line"), "a newcomer is told to register").toMatch(/press Register/);
    await p.fill(".join-card .name-input", "Ines");
    await p.tap("[data-action=register]");
    await p.waitForSelector("[data-action=withdraw]");
    await screenOk(p, true, "phone, registered");
    expect((await narrowLayout(p)).scrollWidth, "the registered page at 360 px does not scroll sideways").toBeLessThanOrEqual(360);
    await shot(p, "02-phone-registered");

    const keyboard = await openPage(run.browser, `${run.game.url}/tournament/${code}`, still(LAPTOP));
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

    step("a player reloads in their tournament campaign");
    const room = new URL(p.url()).pathname.split("/").pop()!;
    const ines = (await identityOf(p))!.id;
    const seat = [...serverState(room).mayors.values()].find((m) => m.player === ines)!.id;
    const backInSeat = async (what: string) => {
      await p.waitForSelector(`.campaign .mayor-row.mayor-me[data-mayor="${seat}"]`, { state: "attached" });
      expect(new URL(p.url()).pathname, `${what}: the campaign's address`).toBe(`/c/${room}`);
      expect(await p.isVisible(".tag-spectator"), `${what}: a mayor, not a spectator`).toBe(false);
    };
    await p.reload();
    await backInSeat("reloaded in the campaign");
    // Between joining and the campaign's first frame the tab holds the seat without its mayor (the welcome has not
    // come), and the address is still the tournament's: a reload then must come back to the seat too.
    await p.evaluate((tournament) => {
      const saved = JSON.parse(sessionStorage.getItem("ecotopia.seat")!) as Record<string, unknown>;
      sessionStorage.setItem("ecotopia.seat", JSON.stringify({ ...saved, mayor: null, reconnectSeconds: null }));
      history.replaceState(null, "", `/tournament/${tournament}`);
    }, code);
    await p.reload();
    await backInSeat("reloaded before the first frame");

    step("a spectator watches from the tournament page");
    const spectator = await openPage(run.browser, `${run.game.url}/tournament/${code}`, still(NARROW));
    const s = spectator.page;
    await s.waitForSelector("[data-watch]");
    expect(await s.textContent(".now-line")).toMatch(/Press Watch/);
    expect(await s.textContent(".table-card"), "the table names its mayors").toMatch(/Hana.*Ines.*Jon/s);
    await screenOk(s, true, "spectator, tournament running");
    const narrow = await narrowLayout(s);
    expect(narrow.scrollWidth, "the tournament page at 360 px does not scroll sideways").toBeLessThanOrEqual(360);
    expect(narrow.standings.map((r) => r.name).sort(), "every entrant in the standings").toEqual(["Hana", "Ines", "Jon"]);
    for (const row of narrow.standings) expect(row, `${row.name}'s name and points on screen`).toMatchObject({ points: expect.stringMatching(/^\d+$/), visible: true });
    await shot(s, "04-phone-spectator-tables");
    await s.tap("[data-watch]");
    // Nobody acts, so the short phases may already have moved on: any phase of the campaign will do.
    for (const page of [h, p, k, s]) await page.waitForSelector(".campaign[data-phase]");
    expect(await s.isVisible(".tag-spectator"), "the spectator watches, never plays").toBe(true);
    await shot(s, "05-phone-spectator-campaign");

    for (const device of [host, phone, keyboard, spectator]) expect(device.errors).toEqual([]);
  }, 240_000);
});
