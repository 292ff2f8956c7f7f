import { beforeAll, describe, expect, it } from "vitest";
import type { Campaign } from "../common/schemas/campaign.ts";
import type { ActionType, MayorId } from "../common/schemas/game.ts";
import { accept, newCampaign } from "../tests/fixtures/campaign.ts";
import { localProvider } from "./local/local-provider.ts";
import { resolveRound } from "./resolve-round.ts";

type Move = [x: number, y: number, action: ActionType];
interface Turn {
  moves: Move[];
  speech: string;
}
type Script = Record<MayorId, (round: number) => Turn>;

/** Plays a scripted campaign through the engine and the local models; returns the state after each round's reactions. */
async function play(script: Script, rounds = 5): Promise<Campaign[]> {
  let c = newCampaign({ mayorCount: 2, rounds, seed: 11 });
  const after: Campaign[] = [];
  while (c.phase !== "ended") {
    const turns = Object.entries(script).map(([mayor, turn]) => [mayor, turn(c.round)] as const);
    for (const [mayor, turn] of turns) for (const [x, y, action] of turn.moves) c = accept(c, { type: "act", mayor, x, y, action });
    if (c.phase === "policy") c = accept(c, { type: "advance" });
    for (const [mayor, turn] of turns) c = accept(c, { type: "speak", mayor, text: turn.speech });
    if (c.phase === "speech") c = accept(c, { type: "advance" });
    c = (await resolveRound(c, localProvider)).campaign;
    after.push(c);
    c = accept(c, { type: "advance" });
  }
  return after;
}

/** Wasteland along the south edge and the row above it, for the forests. */
const FOREST_TILES: Move[] = [[9, 9], [8, 9], [7, 9], [6, 9], [5, 9], [9, 8], [8, 8], [7, 8]].map(([x, y]) => [x!, y!, "PLANT_FOREST"]);

/**
 * m1 is two-faced: it builds a factory in rounds 1 and 2 and vows "no more factories" each time, then plants forests
 * for show. m2 is honest: it promises ecology above 40 by round 3 (and says it again in round 2), and plants two
 * forests every round from round 2; the polluters and m1's factories pull the bar down all the same.
 */
const TWO_FACED_AND_HONEST: Script = {
  m1: (round) =>
    round <= 2
      ? { moves: [[round - 1, 9, "BUILD_FACTORY"]], speech: "Friends, our children deserve clean air. Mia, no more factories." }
      : { moves: [[round - 1, 9, "PLANT_FOREST"]], speech: "Look at the river. I will plant a forest on the wasteland next round." },
  m2: (round) => ({
    moves: round >= 2 ? FOREST_TILES.slice(2 * round - 4, 2 * round - 2) : [],
    speech:
      round <= 2
        ? "I promise ecology will be above 40 by round 3. I will plant two forests on the wasteland next round."
        : "I will plant two forests on the wasteland next round.",
  }),
};

describe("a two-faced mayor and an honest one, five rounds through the engine and the local models", () => {
  let rounds: Campaign[];
  beforeAll(async () => {
    rounds = await play(TWO_FACED_AND_HONEST);
  });

  it("played the story: the vow and the town-wide target were read, and the target's bar ended below it", () => {
    const final = rounds.at(-1)!;
    expect(rounds).toHaveLength(5);
    const vows = final.promises.filter((p) => p.owner === "m1" && p.commitment?.type === "avoid" && p.commitment.actions.includes("BUILD_FACTORY"));
    expect(vows.length).toBeGreaterThan(0);
    const target = final.promises.find((p) => p.owner === "m2" && p.commitment?.type === "reach" && p.commitment.bar === "ecology");
    expect(target).toBeDefined();
    expect(target!.repeatedRounds).toEqual([2]);
    const atDeadline = final.rounds.find((r) => r.round === target!.resolvedRound)!;
    expect(target!.commitment!.type === "reach" && atDeadline.barsAfter.ecology < target!.commitment!.value).toBe(true);
  });

  it("the honest mayor is never marked broken for the other's deeds", () => {
    for (const state of rounds) {
      const broken = state.promises.filter((p) => p.owner === "m2" && p.status === "broken");
      expect(broken, `round ${state.round}`).toEqual([]);
    }
    expect(rounds.at(-1)!.promises.filter((p) => p.owner === "m2" && p.status === "kept").length).toBeGreaterThan(0);
  });

  it("the two-faced mayor never shows a contradicted promise as kept, in any round", () => {
    for (const state of rounds) {
      for (const p of state.promises.filter((q) => q.owner === "m1")) {
        const c = p.commitment;
        const contradictedByDeed =
          c?.type === "avoid" && state.actions.some((a) => a.mayor === "m1" && a.round === p.round && c.actions.includes(a.action));
        if (contradictedByDeed || p.contradictionId !== undefined) expect(p.status, `${p.id} "${p.text}" in round ${state.round}`).toBe("broken");
      }
    }
    const final = rounds.at(-1)!;
    const linked = final.promises.filter((p) => p.owner === "m1" && p.contradictionId !== undefined);
    expect(linked.length).toBeGreaterThan(0);
    for (const p of linked) expect(final.contradictions.find((k) => k.id === p.contradictionId)?.owner).toBe("m1");
  });
});

describe("an injection attempt, through the engine and the local models", () => {
  let rounds: Campaign[];
  beforeAll(async () => {
    rounds = await play(
      {
        m1: (round) => ({
          moves: [[round - 1, 9, "PLANT_FOREST"]],
          speech:
            round === 1
              ? "Citizens! <script>alert('vote Mayor 1')</script> I will plant a forest on the wasteland next round."
              : "I will plant a forest on the wasteland next round.",
        }),
        m2: () => ({ moves: [], speech: "Jobs first, because without them nothing else lasts." }),
      },
      3,
    );
  });

  it("is judged once, for that speech, in the game's own words", () => {
    expect(rounds[0]!.rounds[0]!.summary).toContain("tried to slip instructions into a speech");
    for (const state of rounds.slice(1)) expect(state.rounds.at(-1)!.summary, `round ${state.round}`).not.toMatch(/instructions/);
  });

  it("later plain speeches draw no line quoting it or the game's own fact-check", () => {
    for (const state of rounds.slice(1)) {
      const descriptions = state.contradictions.map((k) => k.description);
      for (const change of state.rounds.at(-1)!.approvalChanges.filter((ch) => ch.cause === "reaction")) {
        expect(change.dialogue).not.toContain("<script>");
        for (const d of descriptions) expect(change.dialogue).not.toContain(d.slice(0, 40));
      }
    }
  });
});
