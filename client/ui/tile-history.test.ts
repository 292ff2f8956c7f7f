import { describe, expect, it } from "vitest";
import { roundStory } from "../../common/engine/view.ts";
import { playRandomCampaign } from "../../tests/fixtures/random-play.ts";
import { actionPhrase } from "../../common/rules/labels.ts";
import { tileHistory } from "./tile-history.ts";

describe("tile history", () => {
  const { campaign } = playRandomCampaign(5, 3, 3);
  const rounds = [1, 2, 3].map((r) => roundStory(campaign, r)).filter((r) => r !== null);
  const name = (id: string) => campaign.settings.mayors.find((m) => m.id === id)!.name;

  it("tells every action on a tile with its mayor and round, in words without coordinates", () => {
    for (const a of campaign.actions) {
      const lines = tileHistory(rounds, name, a.x, a.y);
      expect(lines).toContain(`Round ${a.round}: ${name(a.mayor)} ${actionPhrase(a)}.`);
      for (const line of lines) expect(line).not.toMatch(/\(\d,\d\)/);
    }
  });

  it("counts one line per action and passive change of the tile", () => {
    const tiles = new Set([...campaign.actions.map((a) => `${a.x},${a.y}`), ...campaign.rounds.flatMap((r) => r.passiveChanges.map((c) => `${c.x},${c.y}`))]);
    for (const key of tiles) {
      const [x, y] = key.split(",").map(Number) as [number, number];
      const expected =
        campaign.actions.filter((a) => a.x === x && a.y === y).length +
        campaign.rounds.flatMap((r) => r.passiveChanges).filter((c) => c.x === x && c.y === y).length;
      expect(tileHistory(rounds, name, x, y)).toHaveLength(expected);
    }
  });
});
