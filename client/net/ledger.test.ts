import { describe, expect, it } from "vitest";
import type { Campaign } from "../../common/schemas/campaign.ts";
import type { Commitment } from "../../common/schemas/game.ts";
import { roundStory } from "../../common/engine/view.ts";
import { act, finishRound, newCampaign, promise } from "../../tests/fixtures/campaign.ts";
import { playRandomCampaign } from "../../tests/fixtures/random-play.ts";
import { ledgerOf } from "./ledger.ts";

const storiesOf = (campaign: Campaign) => campaign.rounds.map((r) => roundStory(campaign, r.round)).filter((s) => s !== null);

describe("ledgerOf: the fact-check panel rebuilt from the rounds' stories", () => {
  it("gives back the engine's ledger of a whole campaign: every promise with its verdict, repeats and breaker, every contradiction", () => {
    for (const seed of [3, 11, 29]) {
      const { campaign } = playRandomCampaign(seed, 4, 5);
      const ledger = ledgerOf(storiesOf(campaign));
      expect(ledger.promises).toEqual(
        campaign.promises.map((p) => ({
          id: p.id,
          owner: p.owner,
          round: p.round,
          text: p.text,
          kind: p.kind,
          domain: p.domain,
          target: p.targetCitizen ?? "",
          deadline: p.deadlineRound ?? 0,
          checkable: p.commitment !== undefined,
          status: p.status,
          verdict: p.verdict ?? "",
          repeated: p.repeatedRounds ?? [],
          brokenBy: p.status === "broken" ? (p.contradictionId ?? "") : "",
        })),
      );
      expect(ledger.contradictions.map((k) => [k.id, k.owner, k.round, k.quote])).toEqual(campaign.contradictions.map((k) => [k.id, k.owner, k.round, k.speechQuote]));
      expect(ledger.promises.some((p) => p.status !== "pending")).toBe(true);
      expect(ledgerOf(storiesOf(campaign).reverse())).toEqual(ledger);
    }
  });

  it("links a merged promise to the rounds it was said again in and a broken one to the contradiction that broke it", () => {
    const speeches = { m1: "No more factories.", m2: "No more factories." };
    const avoid: Commitment = { type: "avoid", actions: ["BUILD_FACTORY"] };
    let c = finishRound(newCampaign(), { speeches, outputs: { m1: { promises: [promise({ text: "No more factories", commitment: avoid })] } } });
    const first = ledgerOf(storiesOf(c));
    c = finishRound(act(c, "m2", 0, 9, "BUILD_FACTORY"), {
      speeches,
      outputs: {
        m1: { promises: [promise({ text: "no more factories", commitment: avoid })] },
        m2: {
          promises: [promise({ text: "No more factories", commitment: avoid })],
          contradictions: [{ description: "Vows no factories after building one.", speechQuote: "No more factories", contradicts: { type: "action", round: 2, action: "BUILD_FACTORY", x: 0, y: 9 }, severity: "high" }],
        },
      },
    });
    const { promises, contradictions } = ledgerOf(storiesOf(c));
    expect(first.promises.map((p) => [p.owner, p.repeated, p.status])).toEqual([["m1", [], "pending"]]);
    expect(promises.map((p) => [p.owner, p.repeated, p.status, p.brokenBy])).toEqual([
      ["m1", [2], "pending", ""],
      ["m2", [], "broken", contradictions[0]!.id],
    ]);
  });
});
