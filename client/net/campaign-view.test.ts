import { describe, expect, it } from "vitest";
import { stateAtRoundEnd } from "../../common/engine/replay.ts";
import { playRandomCampaign } from "../../tests/fixtures/random-play.ts";
import { campaignView } from "./campaign-view.ts";

describe("campaignView (replays)", () => {
  const { campaign } = playRandomCampaign(11, 3, 3);
  const seats = campaign.settings.mayors.map((m, i) => ({ ...m, seat: i + 1, isBot: i > 0, strategy: i > 0 ? "Green" : null }));

  it("rebuilds a round's view with the round's actions marked on the map", () => {
    const round2 = stateAtRoundEnd(campaign.settings, campaign.history, 2);
    const view = campaignView(round2, seats, "ABCDE", "reactions");
    expect(view.round).toBe(2);
    expect(view.tiles).toHaveLength(100);
    const marked = view.tiles.filter((t) => t.actedBy !== "");
    expect(marked.length).toBe(round2.actions.filter((a) => a.round === 2).length);
    for (const a of round2.actions.filter((x) => x.round === 2)) expect(view.tiles[a.y * 10 + a.x]!.actedBy).toBe(a.mayor);
    expect(view.bars).toEqual(round2.bars);
    expect(view.citizens.map((c) => c.name)).toEqual(round2.citizens.map((c) => c.name));
  });

  it("counts each mayor's kept and broken promises and keeps seat order", () => {
    const view = campaignView(campaign, [...seats].reverse(), "ABCDE", "ended");
    expect(view.mayors.map((m) => m.seat)).toEqual([1, 2, 3]);
    for (const m of view.mayors) {
      expect(m.kept).toBe(campaign.promises.filter((p) => p.owner === m.id && p.status === "kept").length);
      expect(m.broken).toBe(campaign.promises.filter((p) => p.owner === m.id && p.status === "broken").length);
    }
    expect(view.winner).toBe(campaign.result?.winner);
  });
});
