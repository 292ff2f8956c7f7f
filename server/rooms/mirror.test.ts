import { describe, expect, it } from "vitest";
import type { Commitment } from "../../common/schemas/game.ts";
import { CampaignState } from "../../common/state/CampaignState.ts";
import { act, extract, finishRound, newCampaign, promise, toResolving } from "../../tests/fixtures/campaign.ts";
import { Lobby } from "./lobby.ts";
import { mirror, type RoomFacts } from "./mirror.ts";
import { projectElection } from "../../common/engine/election-now.ts";
import { copyCampaign } from "../../common/engine/clone.ts";

const FACTS: RoomFacts = { code: "ABCDE", isPrivate: false, phaseEndsAt: 0, phaseDurationMs: 0, provider: "local" };
const SPEECHES = { m1: "No more factories.", m2: "Jobs first." };
const noFactories: Commitment = { type: "avoid", actions: ["BUILD_FACTORY"] };

function lobbyOfTwo(): Lobby {
  const lobby = new Lobby({ policy: 60, speech: 90, reactions: 8 });
  lobby.join("s-ada", { name: "Ada" });
  lobby.join("s-bo", { name: "Bo" });
  return lobby;
}

describe("mirror: what the current screen needs, no history", () => {
  it("keeps each mayor's kept and broken counts, while promises, contradictions and speeches stay off the state", () => {
    const state = new CampaignState();
    const lobby = lobbyOfTwo();
    let c = finishRound(newCampaign(), { speeches: SPEECHES, outputs: { m1: { promises: [promise({ text: "Plant a forest for the river town", commitment: noFactories })] } } });
    // Round 2: Bo builds a factory and vows none in the same speech (contradicted, broken at once).
    c = toResolving(act(c, "m2", 0, 9, "BUILD_FACTORY"), SPEECHES);
    c = extract(c, {
      m2: {
        promises: [promise({ text: "No more factories in this town", commitment: noFactories })],
        contradictions: [
          { description: "Vows no factories in the round it built one.", speechQuote: "Not one more chimney", contradicts: { type: "action", round: 2, action: "BUILD_FACTORY", x: 0, y: 9 }, severity: "high" },
        ],
      },
    });
    mirror(state, lobby, FACTS, c);
    expect([state.mayors.get("m1")!.broken, state.mayors.get("m2")!.broken]).toEqual([0, 1]);
    expect(state.tiles[9 * 10]!.actedBy).toBe("m2");
    const synced = JSON.stringify(state.toJSON());
    for (const history of ["Plant a forest", "No more factories in this town", "Not one more chimney", "Jobs first", "Vows no factories"]) {
      expect(synced).not.toContain(history);
    }
  });

  it("shows the projected votes of the campaign it is given, after moves and after approvals change", () => {
    const state = new CampaignState();
    const lobby = lobbyOfTwo();
    const votes = () => [state.mayors.get("m1")!.projectedVotes, state.mayors.get("m2")!.projectedVotes];
    const expected = (c: ReturnType<typeof newCampaign>) => ["m1", "m2"].map((m) => projectElection(c).standings.find((s) => s.mayor === m)!.votes);
    let c = newCampaign();
    mirror(state, lobby, FACTS, c);
    expect(votes()).toEqual(expected(c));
    c = act(c, "m1", 0, 9, "PLANT_FOREST");
    mirror(state, lobby, FACTS, c);
    expect(votes()).toEqual(expected(c));
    // Every citizen comes to love m2: a new citizens list (as resolving makes), so the projection follows it.
    const swung = copyCampaign(c);
    for (const citizen of swung.citizens) citizen.approval = { ...citizen.approval, m1: 0, m2: 100 };
    mirror(state, lobby, FACTS, swung);
    expect(votes()).toEqual(expected(swung));
    expect(votes()[0]).toBe(0);
  });
});
