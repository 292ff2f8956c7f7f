import { describe, expect, it } from "vitest";
import type { Commitment } from "../schemas/game.ts";
import { act, extract, finishRound, newCampaign, promise, toResolving } from "../../tests/fixtures/campaign.ts";
import { roundLedger } from "./round-ledger.ts";

const SPEECHES = { m1: "No more factories.", m2: "Jobs first." };
const noFactories: Commitment = { type: "avoid", actions: ["BUILD_FACTORY"] };

describe("roundLedger", () => {
  // Round 1: Ada vows no more factories. Round 2: she says it again (merged); Bo builds one and vows the same (contradicted).
  let c = finishRound(newCampaign(), { speeches: SPEECHES, outputs: { m1: { promises: [promise({ text: "No more factories", commitment: noFactories, targetCitizen: "Karl" })] } } });
  c = extract(toResolving(act(c, "m2", 0, 9, "BUILD_FACTORY"), SPEECHES), {
    m1: { promises: [promise({ text: "no more factories, ever", commitment: noFactories })] },
    m2: {
      promises: [promise({ text: "No more factories", commitment: noFactories })],
      contradictions: [
        { description: "Vows no factories after building one.", speechQuote: "No more factories", contradicts: { type: "action", round: 2, action: "BUILD_FACTORY", x: 0, y: 9 }, severity: "high" },
      ],
    },
  });
  const [ada, bo] = c.promises;
  const contradiction = c.contradictions[0]!;

  it("tells each promise once, in the round it was made, as the panel shows it", () => {
    expect(roundLedger(c, 1).promises).toEqual([
      { id: ada!.id, owner: "m1", round: 1, text: "No more factories", kind: ada!.kind, domain: ada!.domain, target: ada!.targetCitizen ?? "", deadline: 0, checkable: true },
    ]);
    expect(roundLedger(c, 2).promises.map((p) => p.id)).toEqual([bo!.id]);
  });

  it("names a repeat in the round it was said, a contradiction in its round, and what it broke in the round it broke it", () => {
    expect(roundLedger(c, 1)).toMatchObject({ repeated: [], contradictions: [], brokenBy: [] });
    expect(bo!.status).toBe("broken");
    expect(roundLedger(c, 2)).toMatchObject({
      repeated: [ada!.id],
      contradictions: [{ id: contradiction.id, owner: "m2", round: 2, quote: "No more factories", description: contradiction.description, severity: "high" }],
      brokenBy: [[bo!.id, contradiction.id]],
    });
  });
});
