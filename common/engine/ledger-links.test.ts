import { describe, expect, it } from "vitest";
import type { Commitment } from "../schemas/game.ts";
import { act, extract, finishRound, newCampaign, promise, toResolving } from "../../tests/fixtures/campaign.ts";
import { ledgerLinks } from "./ledger-links.ts";

const SPEECHES = { m1: "No more factories.", m2: "Jobs first." };
const noFactories: Commitment = { type: "avoid", actions: ["BUILD_FACTORY"] };

describe("ledgerLinks", () => {
  it("lists the rounds a merged promise was said again in, and no contradiction while it stands", () => {
    let c = finishRound(newCampaign(), { speeches: SPEECHES, outputs: { m1: { promises: [promise({ text: "No more factories", commitment: noFactories })] } } });
    c = extract(toResolving(c, SPEECHES), { m1: { promises: [promise({ text: "no more factories, ever", commitment: noFactories })] } });
    expect(c.promises.map(ledgerLinks)).toEqual([{ repeated: [2], brokenBy: "" }]);
  });

  it("names the contradiction that broke a promise against its owner's own deed", () => {
    const built = toResolving(act(newCampaign(), "m1", 0, 9, "BUILD_FACTORY"), SPEECHES);
    const c = extract(built, {
      m1: {
        promises: [promise({ text: "No more factories", commitment: noFactories })],
        contradictions: [
          { description: "Vows no factories after building one.", speechQuote: "No more factories", contradicts: { type: "action", round: 1, action: "BUILD_FACTORY", x: 0, y: 9 }, severity: "high" },
        ],
      },
    });
    expect(c.promises[0]!.status).toBe("broken");
    expect(ledgerLinks(c.promises[0]!)).toEqual({ repeated: [], brokenBy: c.contradictions[0]!.id });
  });
});
