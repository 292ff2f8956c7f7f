import { describe, expect, it } from "vitest";
import type { Commitment } from "../../common/schemas/game.ts";
import { CampaignState } from "../../common/state/CampaignState.ts";
import { act, extract, finishRound, newCampaign, promise, toResolving } from "../../tests/fixtures/campaign.ts";
import { Lobby } from "./lobby.ts";
import { mirror, type RoomFacts } from "./mirror.ts";

const FACTS: RoomFacts = { code: "ABCDE", isPrivate: false, phaseEndsAt: 0, phaseDurationMs: 0, provider: "local" };
const SPEECHES = { m1: "No more factories.", m2: "Jobs first." };
const noFactories: Commitment = { type: "avoid", actions: ["BUILD_FACTORY"] };

function lobbyOfTwo(): Lobby {
  const lobby = new Lobby({ policy: 60, speech: 90, reactions: 8 });
  lobby.join("s-ada", { name: "Ada" });
  lobby.join("s-bo", { name: "Bo" });
  return lobby;
}

describe("mirror: the promise ledger's links", () => {
  it("shows a merged promise's repeats and the contradiction that broke it, as they happen after the promise was first mirrored", () => {
    const state = new CampaignState();
    const lobby = lobbyOfTwo();
    let c = finishRound(newCampaign(), { speeches: SPEECHES, outputs: { m1: { promises: [promise({ text: "No more factories", commitment: noFactories })] } } });
    mirror(state, lobby, FACTS, c);
    expect([...state.promises[0]!.repeated, state.promises[0]!.brokenBy]).toEqual([""]);

    // Round 2: Ada says it again (merged); Bo builds a factory and vows the same in the same round (contradicted).
    c = toResolving(act(c, "m2", 0, 9, "BUILD_FACTORY"), SPEECHES);
    c = extract(c, {
      m1: { promises: [promise({ text: "no more factories, I said it before", commitment: noFactories })] },
      m2: {
        promises: [promise({ text: "No more factories", commitment: noFactories })],
        contradictions: [
          { description: "Vows no factories in the round it built one.", speechQuote: "No more factories", contradicts: { type: "action", round: 2, action: "BUILD_FACTORY", x: 0, y: 9 }, severity: "high" },
        ],
      },
    });
    mirror(state, lobby, FACTS, c);
    const [ada, bo] = [state.promises[0]!, state.promises[1]!];
    expect(state.promises).toHaveLength(2);
    expect([ada.owner, [...ada.repeated], ada.brokenBy]).toEqual(["m1", [2], ""]);
    expect([bo.owner, [...bo.repeated], bo.status]).toEqual(["m2", [], "broken"]);
    expect(bo.brokenBy).toBe(state.contradictions.find((k) => k.owner === "m2")!.id);
  });
});
