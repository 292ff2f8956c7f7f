import { expect, it } from "vitest";
import { openPage } from "./support/browser-player.ts";
import { LAPTOP, PHONE, screenOk, tabTo } from "./support/browser-screens.ts";
import { identityOf } from "./support/browser-identity.ts";
import { describeInBrowser, progress } from "./support/browser-suite.ts";
import { seedRatedHistory } from "./support/rated-history.ts";

const { step, shot } = progress("ratings-");

describeInBrowser("browser: identity, the leaderboard and a player's page", (run) => {
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

  it("a first visit gets an identity and is told where it lives; a private match's host makes it rated in the lobby", async () => {
    const phone = await openPage(run.browser, run.game.url, PHONE);
    const p = phone.page;
    await p.waitForSelector("[data-me]");
    const me = (await identityOf(p))!;
    expect(await p.getAttribute("[data-me]", "href"), "the home page links the new identity's page").toBe(`/player/${me.id}`);
    expect(await p.textContent(".identity-note"), "losing the storage is explained").toMatch(/this browser only.*new identity/);
    await p.fill(".home .name-input", "Rita");
    await p.tap("[data-action=create]");
    await p.waitForSelector("[data-action=rated][aria-pressed=false]");
    expect((await identityOf(p))!, "playing under a new name renames the same identity").toEqual({ ...me, name: "Rita" });
    await p.tap("[data-action=rated]");
    await p.waitForSelector("[data-action=rated][aria-pressed=true]");
    expect(await p.textContent(".lobby-rules"), "everyone reads that the campaign is rated").toMatch(/Rated: the result changes/);
    await screenOk(p, true, "phone lobby with the rated choice");
    expect(phone.errors).toEqual([]);
    await p.context().close();
  }, 90_000);
});
