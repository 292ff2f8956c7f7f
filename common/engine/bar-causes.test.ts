import { describe, expect, it } from "vitest";
import { BarCause } from "../schemas/campaign.ts";
import { BarName } from "../schemas/game.ts";
import { playRandomCampaign } from "../../tests/fixtures/random-play.ts";
import { act, finishRound, newCampaign, setTile } from "../../tests/fixtures/campaign.ts";

const COORDINATES = /\(\s*\d+\s*,\s*\d+\s*\)/;

describe("why the bars moved", () => {
  const games = Array.from({ length: 40 }, (_, i) => playRandomCampaign(i + 1, 2 + (i % 5), 3 + (i % 5)).campaign);

  it("the causes of each bar add up to its change over the round, clamping included", () => {
    for (const campaign of games) {
      for (const record of campaign.rounds) {
        for (const bar of BarName.options) {
          const sum = record.barCauses.filter((c) => c.bar === bar).reduce((s, c) => s + c.delta, 0);
          expect(sum, `round ${record.round} ${bar}`).toBe(record.barsAfter[bar] - record.barsAtStart[bar]);
        }
      }
    }
    expect(games.flatMap((c) => c.rounds).length).toBeGreaterThan(100);
  });

  it("says what the 0–100 limits took or gave back", () => {
    let campaign = newCampaign({ mayorCount: 2 });
    for (let i = 0; i < 30; i++) setTile(campaign, i % 10, 7 + Math.floor(i / 10), "COAL_PLANT");
    for (let i = 0; i < 50; i++) setTile(campaign, i % 10, Math.floor(i / 10), "RESEARCH_CENTER");
    campaign = finishRound(campaign);
    const record = campaign.rounds[0]!;
    expect(record.barsAfter).toMatchObject({ ecology: 0, research: 100 });
    const limits = record.barCauses.filter((c) => c.kind === "bar_limit");
    expect(limits.map((c) => [c.bar, Math.sign(c.delta), c.text, c.tile, c.mayor])).toEqual([
      ["ecology", 1, "Ecology cannot fall below 0", null, null],
      ["research", -1, "Research cannot rise above 100", null, null],
    ]);
    // 50 centres add 100 research to 5: the limit takes back the 5 above 100.
    expect(limits[1]!.delta).toBe(-5);
    for (const bar of BarName.options) {
      const sum = record.barCauses.filter((c) => c.bar === bar).reduce((s, c) => s + c.delta, 0);
      expect(sum).toBe(record.barsAfter[bar] - record.barsAtStart[bar]);
    }
  });

  it("a round starts where the last one ended, and its actions account for barsBefore", () => {
    for (const campaign of games) {
      campaign.rounds.forEach((record, i) => {
        if (i > 0) expect(record.barsAtStart).toEqual(campaign.rounds[i - 1]!.barsAfter);
        const actionCauses = record.barCauses.filter((c) => c.kind === "action");
        for (const bar of BarName.options) {
          const sum = actionCauses.filter((c) => c.bar === bar).reduce((s, c) => s + c.delta, 0);
          if (sum === record.barsBefore[bar] - record.barsAtStart[bar]) continue;
          // Only clamping can make the actions' raw deltas differ from the change they made.
          expect(record.barCauses.some((c) => c.kind === "bar_limit" && c.bar === bar)).toBe(true);
        }
      });
    }
  });

  it("every cause passes the schema, is non-zero and speaks without coordinates", () => {
    for (const cause of games.flatMap((c) => c.rounds.flatMap((r) => r.barCauses))) {
      BarCause.parse(cause);
      expect(cause.delta).not.toBe(0);
      expect(cause.text).not.toMatch(COORDINATES);
    }
  });

  it("names the polluter and the mayor who built it", () => {
    let campaign = newCampaign({ mayorCount: 2 });
    setTile(campaign, 0, 7, "WASTELAND");
    campaign = act(campaign, "m1", 0, 7, "BUILD_FACTORY");
    campaign = finishRound(campaign);
    const record = campaign.rounds[0]!;
    const built = record.barCauses.filter((c) => c.kind === "action");
    expect(built.map((c) => [c.bar, c.delta, c.mayor])).toEqual([["ecology", -3, "m1"], ["economy", 4, "m1"]]);
    expect(built[0]!.text).toMatch(/^Mayor 1 built a factory /);
    const smoke = record.barCauses.find((c) => c.kind === "emissions" && c.tile?.x === 0 && c.tile.y === 7);
    expect(smoke).toMatchObject({ bar: "ecology", delta: -1, mayor: "m1", text: "Smoke from Mayor 1's factory" });
    // The factory sits between farmland and the forest's southern edge: its pollution reaches both.
    const poisoned = record.barCauses.filter((c) => c.kind === "pollution" && c.source?.x === 0 && c.source.y === 7);
    expect(poisoned.length).toBeGreaterThan(0);
    for (const c of poisoned) {
      expect(c.mayor).toBe("m1");
      expect(c.text).toMatch(/^Pollution from Mayor 1's factory (fouled|made|spoiled) /);
    }
  });

  it("credits research growth to the mayor who built each centre", () => {
    let campaign = newCampaign({ mayorCount: 2 });
    campaign = act(campaign, "m2", 0, 0, "BUILD_RESEARCH_CENTER");
    campaign = finishRound(campaign);
    const growth = campaign.rounds[0]!.barCauses.filter((c) => c.kind === "research_growth");
    expect(growth).toEqual([
      { bar: "research", delta: 2, kind: "research_growth", tile: { x: 0, y: 0 }, source: null, mayor: "m2", text: "Work at Mayor 2's research centre" },
    ]);
  });
});
