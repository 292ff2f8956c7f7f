import { describe, expect, it } from "vitest";
import { MAP_SIZE } from "../schemas/game.ts";
import { TileEvent } from "../schemas/tile-story.ts";
import { playRandomCampaign } from "../../tests/fixtures/random-play.ts";
import { act, finishRound, newCampaign } from "../../tests/fixtures/campaign.ts";
import { tileHistory } from "./tile-history.ts";
import { tileOwners } from "./tile-owners.ts";

const owner = (campaign: Parameters<typeof tileOwners>[0], x: number, y: number) => tileOwners(campaign)[y * MAP_SIZE + x];

/** Round 1: Mayor 1 builds a factory on the wasteland by the river and the farms; round 2: Mayor 2 closes it; round 3 passes. */
function factoryStory() {
  let campaign = newCampaign({ mayorCount: 2 });
  campaign = finishRound(act(campaign, "m1", 0, 6, "BUILD_FACTORY"));
  const afterRound1 = campaign;
  campaign = finishRound(act(campaign, "m2", 0, 6, "DEMOLISH"));
  campaign = finishRound(campaign);
  return { afterRound1, campaign };
}

describe("tile ownership", () => {
  it("outlives the round, and passes to the next mayor who acts on the tile", () => {
    const { afterRound1, campaign } = factoryStory();
    expect(afterRound1.round).toBe(2);
    expect(owner(afterRound1, 0, 6)).toEqual({ mayor: "m1", round: 1 });
    expect(owner(campaign, 0, 6)).toEqual({ mayor: "m2", round: 2 });
    expect(owner(campaign, 0, 5)).toBeNull();
    expect(tileOwners(campaign).filter((o) => o !== null)).toHaveLength(1);
  });
});

describe("tile history", () => {
  it("tells who built and closed a polluter, and what its pollution did", () => {
    const { campaign } = factoryStory();
    const story = tileHistory(campaign, 0, 6);
    expect(story[0]).toEqual({ round: 1, kind: "action", mayor: "m1", text: "Mayor 1 built a factory" });
    const harm = story.filter((e) => e.kind === "pollution");
    expect(harm.length).toBeGreaterThanOrEqual(2);
    for (const e of harm) expect(e).toMatchObject({ round: 1, mayor: "m1", text: expect.stringMatching(/^Pollution from Mayor 1's factory /) });
    expect(story.at(-1)).toEqual({ round: 2, kind: "action", mayor: "m2", text: "Mayor 2 closed the factory" });
  });

  it("tells a river who fouled it and when it ran clean again", () => {
    const { campaign } = factoryStory();
    const story = tileHistory(campaign, 0, 5);
    expect(story.map((e) => [e.round, e.kind, e.mayor])).toEqual([
      [1, "pollution", "m1"],
      [3, "river_healed", null],
    ]);
    expect(story[0]!.text).toMatch(/^Pollution from Mayor 1's factory fouled the river /);
    expect(story[1]!.text).toMatch(/^The polluted river .* ran clean again$/);
  });

  it("holds every action and passive change of every tile over random campaigns, in round order, without coordinates", () => {
    for (let seed = 1; seed <= 25; seed++) {
      const { campaign } = playRandomCampaign(seed, 2 + (seed % 5), 3 + (seed % 5));
      for (const tile of campaign.map.tiles) {
        const story = tileHistory(campaign, tile.x, tile.y);
        for (const e of story) {
          TileEvent.parse(e);
          expect(e.text).not.toMatch(/\(\s*\d+\s*,\s*\d+\s*\)|\bround\b/i);
        }
        expect(story.map((e) => e.round)).toEqual(story.map((e) => e.round).sort((a, b) => a - b));
        const actions = campaign.actions.filter((a) => a.x === tile.x && a.y === tile.y);
        expect(story.filter((e) => e.kind === "action").map((e) => [e.round, e.mayor])).toEqual(actions.map((a) => [a.round, a.mayor]));
        for (const record of campaign.rounds) {
          for (const c of record.passiveChanges.filter((c) => c.x === tile.x && c.y === tile.y)) {
            const kind = c.from === "SICK_FOREST" ? "forest_died" : c.from === "POLLUTED_RIVER" ? "river_healed" : "pollution";
            expect(story.some((e) => e.round === record.round && e.kind === kind)).toBe(true);
          }
        }
      }
    }
  });
});
