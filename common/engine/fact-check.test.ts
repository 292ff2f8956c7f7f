import { describe, expect, it } from "vitest";
import type { Campaign } from "../schemas/campaign.ts";
import type { Commitment } from "../schemas/game.ts";
import { PROMISE_EFFECTS } from "../rules/constants.ts";
import { accept, act, approvalsOf, extract, finishRound, newCampaign, promise, react, toResolving } from "../../tests/fixtures/campaign.ts";

const SPEECHES = { m1: "Mia, no more factories.", m2: "Ecology above the line." };
const noFactories: Commitment = { type: "avoid", actions: ["BUILD_FACTORY"] };

describe("a promise contradicted by its owner's own deeds", () => {
  /** m1 builds two factories in round 1, then vows "no more factories"; the extraction flags the second one. */
  function vowAfterBuilding(): { before: Campaign; after: Campaign } {
    let c = act(newCampaign(), "m1", 0, 9, "BUILD_FACTORY");
    c = act(c, "m1", 1, 9, "BUILD_FACTORY");
    const before = toResolving(c, SPEECHES);
    const after = extract(before, {
      m1: {
        promises: [promise({ text: "no more factories", targetCitizen: "Mia", commitment: noFactories })],
        contradictions: [
          {
            description: "Vows no more factories after building two.",
            speechQuote: "no more factories",
            contradicts: { type: "action", round: 1, action: "BUILD_FACTORY", x: 1, y: 9 },
            severity: "high",
          },
        ],
      },
    });
    return { before, after };
  }

  it("is broken at that round's fact-check, linked to the contradiction, and costs like any broken promise", () => {
    const { before, after } = vowAfterBuilding();
    expect(after.promises[0]).toMatchObject({
      status: "broken",
      resolvedRound: 1,
      contradictionId: after.contradictions[0]!.id,
      verdict: "Contradicted by the mayor's own deed: built a factory at (1,9) in round 1, then promised not to.",
    });
    const was = approvalsOf(before, "m1");
    for (const [name, value] of Object.entries(approvalsOf(after, "m1"))) {
      expect(value, name).toBe(Math.max(0, was[name]! + PROMISE_EFFECTS.brokenAll + (name === "Mia" ? PROMISE_EFFECTS.brokenTarget : 0)));
    }
  });

  it("never shows or pays as kept, even when no factory follows to the end", () => {
    let c = accept(react(vowAfterBuilding().after), { type: "advance" });
    while (c.phase !== "ended") c = finishRound(c, { speeches: SPEECHES });
    expect(c.promises[0]!.status).toBe("broken");
    const paid = c.rounds.flatMap((r) => r.approvalChanges).filter((ch) => ch.promiseId === "p1");
    expect(paid.every((ch) => ch.cause === "promise_broken")).toBe(true);
    expect(c.result!.standings.find((s) => s.mayor === "m1")).toMatchObject({ kept: 0, broken: 1 });
  });
});

describe("a town-wide target", () => {
  /**
   * Round 1: m2 promises ecology at least 2 above what it is, by round 2. Round 2: m1 builds two factories, and m2
   * plants a forest (+2, the whole gap) or does nothing; the fact-check of round 2 judges it.
   */
  function targetUnderRivalFactories(m2Plants: boolean): { campaign: Campaign; target: number } {
    let c = toResolving(newCampaign(), SPEECHES);
    const target = c.bars.ecology + 2;
    const commitment: Commitment = { type: "reach", bar: "ecology", comparison: "atLeast", value: target };
    c = extract(c, { m2: { promises: [promise({ text: `Ecology at least ${target} by round 2.`, deadlineRound: 2, commitment })] } });
    c = accept(react(c), { type: "advance" });
    if (m2Plants) c = act(c, "m2", 2, 9, "PLANT_FOREST");
    c = act(act(c, "m1", 0, 9, "BUILD_FACTORY"), "m1", 1, 9, "BUILD_FACTORY");
    return { campaign: extract(toResolving(c, SPEECHES)), target };
  }

  it("is kept, and earns, for the mayor whose own actions covered the gap, though a rival's factories pulled the bar below it", () => {
    const { campaign, target } = targetUnderRivalFactories(true);
    expect(campaign.bars.ecology).toBeLessThan(target);
    expect(campaign.promises[0]).toMatchObject({ owner: "m2", status: "kept", resolvedRound: 2 });
    expect(campaign.promises[0]!.verdict).toContain("the mayor's own actions raised it by 2 (the 2 it needed when promised)");
    const changes = campaign.rounds.at(-1)!.approvalChanges.filter((ch) => ch.promiseId === "p1");
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((ch) => ch.cause === "promise_kept" && ch.mayor === "m2")).toBe(true);
  });

  it("is broken for the mayor who did nothing toward it", () => {
    const { campaign, target } = targetUnderRivalFactories(false);
    expect(campaign.bars.ecology).toBeLessThan(target);
    expect(campaign.promises[0]).toMatchObject({ owner: "m2", status: "broken" });
    expect(campaign.promises[0]!.verdict).toContain("the mayor's own actions did not move it, short of the 2 it needed when promised");
  });
});
