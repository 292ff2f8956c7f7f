import { expect, it } from "vitest";
import { openPage, still } from "./support/browser-player.ts";
import { LAPTOP, PHONE, screenOk, tabTo } from "./support/browser-screens.ts";
import { identityOf } from "./support/browser-identity.ts";
import { describeInBrowser, progress } from "./support/browser-suite.ts";

const { step, shot } = progress("tournament-");

describeInBrowser("browser: a tournament run through its pages", (run) => {
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
    step("DEBUG reload");
    p.on("console", (m) => console.log("P:", m.text()));
    console.log("before", p.url(), await p.evaluate(() => sessionStorage.getItem("ecotopia.seat")));
    await p.reload();
    await p.waitForTimeout(6000);
    console.log("after", p.url(), await p.evaluate(() => sessionStorage.getItem("ecotopia.seat")), await p.evaluate(() => document.body.innerText.slice(0, 400)));
    throw new Error("stop");

    step("a spectator watches from the tournament page");
    const spectator = await openPage(run.browser, `${run.game.url}/tournament/${code}`, still(PHONE));
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
