import { describe, expect, it } from "vitest";
import type { Campaign } from "../schemas/campaign.ts";
import type { Commitment } from "../schemas/game.ts";
import { act, extract, finishRound, newCampaign, promise, react, toResolving } from "../../tests/fixtures/campaign.ts";

const SPEECHES = { m1: "I keep my word.", m2: "Jobs first." };
const ecologyAbove40: Commitment = { type: "reach", bar: "ecology", comparison: "atLeast", value: 40 };
const plantOne: Commitment = { type: "do", actions: ["PLANT_FOREST"], count: 1 };

/** Round 1 with m1's promise, then round 2 up to its extraction with `again` said by m1 (after `round2`'s actions). */
function saidTwice(first: Parameters<typeof promise>[0], again: Parameters<typeof promise>[0], round2: (c: Campaign) => Campaign = (c) => c): Campaign {
  let c = finishRound(newCampaign(), { speeches: SPEECHES, outputs: { m1: { promises: [promise(first)] } } });
  c = toResolving(round2(c), SPEECHES);
  return extract(c, { m1: { promises: [promise(again)] } });
}

describe("a repeated promise", () => {
  it("is the same promise: merged into the open one, which notes the repeat and keeps its round, deadline and target", () => {
    const c = saidTwice(
      { text: "Ecology above 40 by round 3.", commitment: ecologyAbove40, deadlineRound: 3, targetCitizen: "Mia" },
      { text: "I promise: ecology stays over 40 by round four!", commitment: ecologyAbove40, deadlineRound: 4, targetCitizen: null },
    );
    expect(c.promises).toHaveLength(1);
    expect(c.promises[0]).toMatchObject({ id: "p1", round: 1, deadlineRound: 3, targetCitizen: "Mia", repeatedRounds: [2], status: "pending" });
  });

  it("is judged once: one outcome and one approval change per citizen, however often it was said", () => {
    let c = finishRound(newCampaign({ rounds: 3 }), {
      speeches: SPEECHES,
      outputs: { m1: { promises: [promise({ text: "Ecology above 40 by round 3.", commitment: ecologyAbove40, deadlineRound: 3 })] } },
    });
    const again = { m1: { promises: [promise({ text: "ecology above 40, by round 3", commitment: ecologyAbove40, deadlineRound: 3 })] } };
    c = finishRound(c, { speeches: SPEECHES, outputs: again });
    c = extract(toResolving(c, SPEECHES), again);
    expect(c.promises).toHaveLength(1);
    expect(c.promises[0]!.repeatedRounds).toEqual([2, 3]);
    expect(c.promises[0]!.status).not.toBe("pending");
    expect(c.rounds.flatMap((r) => r.outcomes)).toHaveLength(1);
    const changes = c.rounds.flatMap((r) => r.approvalChanges).filter((ch) => ch.promiseId === "p1");
    expect(new Set(changes.map((ch) => ch.citizen)).size).toBe(changes.length);
  });

  it("without a commitment is recognised by its words", () => {
    const c = saidTwice({ text: "Jobs for everyone!" }, { text: "jobs for EVERYONE" });
    expect(c.promises.map((p) => [p.id, p.repeatedRounds])).toEqual([["p1", [2]]]);
  });

  it("said twice in one speech is one promise, with no repeat noted", () => {
    const c = extract(toResolving(newCampaign(), SPEECHES), {
      m1: { promises: [promise({ text: "Mia, I will plant a forest.", commitment: plantOne }), promise({ text: "Greta, I will plant a forest.", commitment: plantOne })] },
    });
    expect(c.promises).toHaveLength(1);
    expect(c.promises[0]!.repeatedRounds).toBeUndefined();
  });

  it("is a new promise once the first was delivered or broken, or when another mayor makes it", () => {
    const delivered = saidTwice({ commitment: plantOne }, { commitment: plantOne }, (c) => act(c, "m1", 0, 9, "PLANT_FOREST"));
    expect(delivered.promises.map((p) => [p.id, p.round, p.status])).toEqual([
      ["p1", 1, "kept"],
      ["p2", 2, "pending"],
    ]);
    const noFactory: Commitment = { type: "avoid", actions: ["BUILD_FACTORY"] };
    const broken = saidTwice({ text: "No factories.", commitment: noFactory }, { text: "No factories.", commitment: noFactory }, (c) =>
      act(c, "m1", 0, 9, "BUILD_FACTORY"),
    );
    expect(broken.promises.map((p) => [p.id, p.round, p.status])).toEqual([
      ["p1", 1, "broken"],
      ["p2", 2, "broken"],
    ]);
    let c = finishRound(newCampaign(), { speeches: SPEECHES, outputs: { m1: { promises: [promise({ commitment: plantOne })] } } });
    c = extract(toResolving(c, SPEECHES), { m2: { promises: [promise({ commitment: plantOne })] } });
    expect(c.promises.map((p) => [p.id, p.owner])).toEqual([
      ["p1", "m1"],
      ["p2", "m2"],
    ]);
    expect(react(c).promises.every((p) => p.repeatedRounds === undefined)).toBe(true);
  });

  it("differs when the commitment differs, even in the same words", () => {
    const c = saidTwice({ text: "More forest.", commitment: plantOne }, { text: "More forest.", commitment: { ...plantOne, count: 2 } });
    expect(c.promises.map((p) => p.id)).toEqual(["p1", "p2"]);
  });
});
