import { describe, expect, it } from "vitest";
import { Campaign } from "../schemas/campaign.ts";
import { playRandomCampaign } from "../../tests/fixtures/random-play.ts";

const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);

describe("invariants under randomized play", () => {
  const games = SEEDS.map((seed) => ({ seed, ...playRandomCampaign(seed, 2 + (seed % 5), 3 + (seed % 5)) }));

  it("every game ends, and every state passes the campaign schema", () => {
    for (const { campaign, attempts } of games) {
      expect(campaign.phase).toBe("ended");
      for (const { result } of attempts) if (result.ok) Campaign.parse(result.campaign);
    }
  });

  it("bars and approvals stay in range", () => {
    for (const { attempts } of games) {
      for (const { result } of attempts) {
        if (!result.ok) continue;
        const c = result.campaign;
        for (const value of Object.values(c.bars)) expect(value).toBeGreaterThanOrEqual(0), expect(value).toBeLessThanOrEqual(100);
        for (const citizen of c.citizens) {
          for (const value of Object.values(citizen.approval)) {
            expect(Number.isInteger(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(100);
          }
        }
      }
    }
  });

  it("no tile is acted on twice in a round, and no mayor acts more than twice", () => {
    for (const { campaign } of games) {
      const tiles = new Set<string>();
      const perMayor = new Map<string, number>();
      for (const a of campaign.actions) {
        const key = `${a.round}:${a.x},${a.y}`;
        expect(tiles.has(key)).toBe(false);
        tiles.add(key);
        const k = `${a.round}:${a.mayor}`;
        perMayor.set(k, (perMayor.get(k) ?? 0) + 1);
        expect(perMayor.get(k)).toBeLessThanOrEqual(2);
      }
    }
  });

  it("refused events say why and change nothing; no event mutates the state it was given", () => {
    let refusals = 0;
    for (const { attempts } of games) {
      for (const { before, beforeJson, result } of attempts) {
        expect(JSON.stringify(before)).toBe(beforeJson);
        if (result.ok) continue;
        refusals++;
        expect(result.message.length).toBeGreaterThan(10);
        expect(result.code).toMatch(/^[a-z_]+$/);
      }
    }
    expect(refusals).toBeGreaterThan(100);
  });

  it("every promise has exactly one owner who is a mayor of the campaign, and unique ids", () => {
    for (const { campaign } of games) {
      const ids = new Set(campaign.settings.mayors.map((m) => m.id));
      const promiseIds = campaign.promises.map((p) => p.id);
      expect(new Set(promiseIds).size).toBe(promiseIds.length);
      for (const p of campaign.promises) expect(ids.has(p.owner)).toBe(true);
    }
  });

  it("vote totals equal the sum of the blocs of the citizens present", () => {
    for (const { campaign } of games) {
      const result = campaign.result!;
      const blocs = campaign.citizens.reduce((s, c) => s + c.bloc, 0);
      expect(result.votes.reduce((s, v) => s + v.votes, 0)).toBe(blocs);
      expect(result.standings.reduce((s, v) => s + v.votes, 0)).toBe(blocs);
      expect(result.standings[0]!.mayor).toBe(result.winner);
    }
  });

  it("collapse ends the campaign early, and only collapse does", () => {
    for (const { campaign } of games) {
      const { ending } = campaign.result!;
      if (ending === "completed") expect(campaign.round).toBe(campaign.settings.rounds);
      else expect(campaign.bars[ending === "ecological_collapse" ? "ecology" : "economy"]).toBeLessThan(20);
    }
  });
});
