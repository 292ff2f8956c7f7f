import { describe, expect, it } from "vitest";
import type { Campaign } from "../schemas/campaign.ts";
import { accept, newCampaign, QUIET } from "../../tests/fixtures/campaign.ts";
import { botTurn } from "./bot-turn.ts";
import { Strategy } from "../schemas/strategy.ts";

const COORDINATES = /\(\s*\d+\s*,\s*\d+\s*\)|\bat \(/;
/** The words of the green deeds as speeches say them (see actionPhrase). */
const GREEN_WORDS = /\bplanted\b|\bsolar\b|\bresearch centre\b|\bcarbon capture\b|\bfusion\b/i;
const GREEN_DEEDS = new Set(["PLANT_FOREST", "BUILD_SOLAR", "REPLACE_WITH_SOLAR", "BUILD_RESEARCH_CENTER", "UPGRADE_CARBON_CAPTURE", "BUILD_FUSION"]);

/** A whole campaign of four bots, one of each strategy, seats rotated by seed; the speeches are read by nobody. */
function botCampaign(seed: number): { campaign: Campaign; strategies: Record<string, Strategy> } {
  let campaign = newCampaign({ mayorCount: 4, seed, rounds: 5 });
  const strategies = Object.fromEntries(campaign.settings.mayors.map((m, i) => [m.id, Strategy.options[(i + seed) % 4]!]));
  while (campaign.phase !== "ended") {
    if (campaign.phase === "policy" || campaign.phase === "speech") {
      const phase = campaign.phase;
      for (const m of campaign.settings.mayors) {
        for (const event of botTurn(campaign, m.id, strategies[m.id]!)) if (campaign.phase === phase) campaign = accept(campaign, event);
      }
      if (campaign.phase === phase) campaign = accept(campaign, { type: "advance" });
    } else if (campaign.phase === "resolving") {
      campaign = accept(campaign, { type: "extracted", outputs: {} });
      campaign = accept(campaign, { type: "reacted", output: QUIET });
    } else campaign = accept(campaign, { type: "advance" });
  }
  return { campaign, strategies };
}

describe("bot speeches", () => {
  const games = Array.from({ length: 40 }, (_, i) => botCampaign(i + 1));
  const speeches = games.flatMap(({ campaign, strategies }) => campaign.speeches.map((s) => ({ ...s, strategy: strategies[s.mayor]!, campaign })));

  it("speak in plain words: no coordinates, and fit a speech", () => {
    expect(speeches.length).toBeGreaterThan(600);
    for (const s of speeches) {
      expect(s.text).not.toMatch(COORDINATES);
      expect(s.text.length).toBeLessThanOrEqual(1200);
    }
  });

  it("never hold a rival's green deed against them, though they call out other deeds", () => {
    let jabs = 0;
    let greenDeedsByRivals = 0;
    for (const s of speeches) {
      const rivals = s.campaign.settings.mayors.filter((m) => m.id !== s.mayor);
      greenDeedsByRivals += s.campaign.actions.filter((a) => a.round === s.round && a.mayor !== s.mayor && GREEN_DEEDS.has(a.action)).length;
      for (const sentence of s.text.split(/(?<=[.!?])\s+/)) {
        if (!rivals.some((r) => sentence.includes(r.name))) continue;
        if (sentence.startsWith("Meanwhile")) jabs++;
        expect(sentence, s.text).not.toMatch(GREEN_WORDS);
      }
    }
    expect(greenDeedsByRivals).toBeGreaterThan(100);
    expect(jabs).toBeGreaterThan(50);
  });

  it("keep each strategy's voice: the bars it watches, its base, and its own deeds unless two-faced", () => {
    for (const s of speeches) {
      const ownDeeds = s.campaign.actions.some((a) => a.round === s.round && a.mayor === s.mayor);
      if (s.strategy === "industrial") expect(s.text).toMatch(/\bThe economy stands at \d+.*\b(Karl|Viktor), /);
      else if (s.strategy === "balanced") expect(s.text).toMatch(/\bEcology stands at \d+[^.]* and the economy stands at \d+.*\b(Greta|Dr\. Amara), /);
      else expect(s.text).toMatch(/\bEcology stands at \d+[,.].*\b(Mia|Rosa), /);
      if (s.strategy === "liar") expect(s.text).not.toMatch(/This round I/);
      else expect(/This round I /.test(s.text)).toBe(ownDeeds);
    }
  });

  it("the two-faced mayor still vows one thing and does another", () => {
    let broken = 0;
    for (const { campaign, strategies } of games) {
      const liar = Object.keys(strategies).find((id) => strategies[id] === "liar")!;
      const first = campaign.speeches.find((s) => s.mayor === liar && s.round === 1)!;
      expect(first.text).toMatch(/no more factories/);
      if (campaign.actions.some((a) => a.mayor === liar && a.action === "BUILD_FACTORY")) broken++;
    }
    expect(broken).toBeGreaterThan(games.length / 2);
  });

  it("say the same things for the same seed", () => {
    expect(JSON.stringify(botCampaign(7).campaign.speeches)).toBe(JSON.stringify(games[6]!.campaign.speeches));
  });
});
