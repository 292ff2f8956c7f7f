import { describe, expect, it } from "vitest";
import type { Campaign } from "../schemas/campaign.ts";
import { ElectionExplanation } from "../schemas/election-explanation.ts";
import { PROMISE_EFFECTS } from "../rules/constants.ts";
import { ELECTION_RULE, holdElection } from "../rules/election.ts";
import { accept, act, citizen, extract, finishRound, newCampaign, promise, react, toResolving } from "../../tests/fixtures/campaign.ts";
import { playRandomCampaign } from "../../tests/fixtures/random-play.ts";
import { electionInput, projectElection } from "./election-now.ts";
import { explainElection } from "./explain-election.ts";

const SPEECHES = { m1: "Mia, no more factories.", m2: "Forests for all." };

/**
 * A three-round campaign: m1 vows "no more factories" the round it built one (broken, linked to the contradiction);
 * Karl cheers m1 and Mia m2; Rosa forgives m1 exactly what the broken promise cost, and is left torn between them.
 */
function story(): Campaign {
  let c = act(newCampaign({ rounds: 3 }), "m1", 0, 9, "BUILD_FACTORY");
  c = extract(toResolving(c, SPEECHES), {
    m1: {
      promises: [promise({ text: "no more factories", targetCitizen: "Mia", commitment: { type: "avoid", actions: ["BUILD_FACTORY"] } })],
      contradictions: [
        {
          description: "Vows no more factories after building one.",
          speechQuote: "no more factories",
          contradicts: { type: "action", round: 1, action: "BUILD_FACTORY", x: 0, y: 9 },
          severity: "high",
        },
      ],
    },
  });
  const line = (name: string, mayor: string, approvalDelta: number) => ({ citizen: name, mayor, dialogue: `${name} on ${mayor}.`, tone: "neutral" as const, approvalDelta, referencesPromise: null });
  c = accept(react(c, { reactions: [line("Karl", "m1", 12), line("Mia", "m1", -9), line("Mia", "m2", 6), line("Rosa", "m1", -PROMISE_EFFECTS.brokenAll)], newCitizens: [], summary: "Talk." }), { type: "advance" });
  c = finishRound(c, { speeches: SPEECHES });
  return finishRound(c, { speeches: SPEECHES });
}

describe("explainElection", () => {
  const campaign = story();
  const result = campaign.result!;
  const explained = explainElection(campaign, result);

  it("crosses the wire as its schema says, with the rule the engine applies", () => {
    expect(ElectionExplanation.parse(explained)).toEqual(explained);
    expect(explained.rule).toBe(ELECTION_RULE);
    expect(explained.tieBreak).toBe(result.tieBreak);
  });

  it("explains every bloc in counting order, its votes exactly those of the result", () => {
    expect(explained.blocs.map((b) => b.citizen)).toEqual([...new Set(result.votes.map((v) => v.citizen))]);
    for (const b of explained.blocs) {
      expect(b.votes).toEqual(result.votes.filter((v) => v.citizen === b.citizen).map((v) => ({ mayor: v.mayor, votes: v.votes })));
      expect(b.votes.reduce((s, v) => s + v.votes, 0)).toBe(b.bloc);
    }
  });

  it("shows the rule as applied: every vote goes to a mayor the citizen approves of most, and a split only on a tie", () => {
    for (const b of explained.blocs) {
      const top = b.approvals[0]!.approval;
      expect(b.approvals.map((a) => a.approval)).toEqual([...b.approvals.map((a) => a.approval)].sort((x, y) => y - x));
      for (const v of b.votes) expect(b.approvals.find((a) => a.mayor === v.mayor)!.approval).toBe(top);
      expect(b.split).toBe(b.votes.length > 1);
      if (b.split) expect(b.approvals.filter((a) => a.approval === top).length).toBeGreaterThan(1);
    }
  });

  it("says why in words: Karl's whole bloc to the mayor he approves of most, Rosa's split between equals", () => {
    const karl = explained.blocs.find((b) => b.citizen === "Karl")!;
    const approval = citizen(campaign, "Karl").approval;
    expect(karl.reason).toBe(`Karl approves of Mayor 1 most (${approval.m1}, against Mayor 2's ${approval.m2}): all 14 votes for Mayor 1.`);
    const rosa = explained.blocs.find((b) => b.citizen === "Rosa")!;
    expect(rosa.split).toBe(true);
    expect(rosa.reason).toBe(`Rosa approves of Mayor 1 and Mayor 2 equally (${citizen(campaign, "Rosa").approval.m1}): 12 votes split 6 to Mayor 2 and 6 to Mayor 1.`);
  });

  it("names what moved a citizen most, with the broken promise and the contradiction behind it", () => {
    const mia = explained.blocs.find((b) => b.citizen === "Mia")!;
    expect(mia.moves.length).toBeGreaterThan(0);
    expect(mia.moves.map((m) => Math.abs(m.delta))).toEqual([...mia.moves.map((m) => Math.abs(m.delta))].sort((x, y) => y - x));
    const broken = mia.moves.find((m) => m.cause === "promise_broken")!;
    expect(broken).toMatchObject({ mayor: "m1", round: 1, promiseId: "p1", promiseText: "no more factories", contradictionId: "k1" });
    expect(mia.moves.find((m) => m.cause === "reaction" && m.mayor === "m1")).toMatchObject({ delta: -9, contradictionId: "k1", dialogue: "Mia on m1." });
  });
});

describe("projectElection", () => {
  it("holds the same election on the town as it is, and changes nothing", () => {
    let c = newCampaign({ rounds: 3 });
    c = finishRound(c, { speeches: SPEECHES, reactions: { reactions: [{ citizen: "Greta", mayor: "m2", dialogue: "Yes.", tone: "hopeful", approvalDelta: 7, referencesPromise: null }], newCitizens: [], summary: "Hm." } });
    const copy = structuredClone(c);
    const projected = projectElection(c);
    expect(c).toEqual(copy);
    expect(projected).toEqual(holdElection(electionInput(c)).result);
    expect(projected.votes.find((v) => v.citizen === "Greta")).toMatchObject({ mayor: "m2", votes: 10 });
  });

  it("at the last round's reactions foretells the real result exactly", () => {
    let c = finishRound(finishRound(newCampaign({ rounds: 3 })));
    c = react(extract(toResolving(c)));
    const projected = projectElection(c);
    expect(accept(c, { type: "advance" }).result).toEqual(projected);
  });
});

describe("explainElection on played campaigns", () => {
  for (const seed of [3, 8, 21]) {
    const { campaign } = playRandomCampaign(seed, 3, 3);
    const explained = explainElection(campaign, campaign.result!);

    it(`gives every voting bloc its whole bloc, to a mayor it approves of most (seed ${seed})`, () => {
      expect(explained.blocs.map((b) => b.citizen).sort()).toEqual([...new Set(campaign.result!.votes.map((v) => v.citizen))].sort());
      for (const b of explained.blocs) {
        expect(b.votes.reduce((s, v) => s + v.votes, 0)).toBe(citizen(campaign, b.citizen).bloc);
        for (const v of b.votes) expect(b.approvals.find((a) => a.mayor === v.mayor)!.approval).toBe(b.approvals[0]!.approval);
      }
    });

    it(`names the largest changes of each bloc toward the mayors it compared (seed ${seed})`, () => {
      for (const b of explained.blocs) {
        const top = b.approvals[0]!.approval;
        const runnerUp = b.approvals.find((a) => a.approval !== top);
        const compared = new Set([...b.approvals.filter((a) => a.approval === top), ...(runnerUp ? [runnerUp] : [])].map((a) => a.mayor));
        const own = campaign.rounds.flatMap((r) => r.approvalChanges.filter((c) => c.citizen === b.citizen && c.delta !== 0 && compared.has(c.mayor)));
        const largest = own.map((c) => Math.abs(c.delta)).sort((x, y) => y - x).slice(0, b.moves.length);
        expect(b.moves.map((m) => Math.abs(m.delta))).toEqual(largest);
      }
    });
  }
});
