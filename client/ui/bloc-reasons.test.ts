import { describe, expect, it } from "vitest";
import { playRandomCampaign } from "../../tests/fixtures/random-play.ts";
import { blocReasons } from "./bloc-reasons.ts";

describe("blocReasons", () => {
  for (const seed of [3, 8, 21]) {
    const { campaign } = playRandomCampaign(seed, 3, 3);
    const result = campaign.result!;
    const approvals = Object.fromEntries(campaign.citizens.map((c) => [c.name, c.approval]));
    const rounds = campaign.rounds.map((r) => ({ round: r.round, changes: r.approvalChanges }));
    const reasons = blocReasons(result, approvals, rounds);

    it(`gives every voting bloc one reason whose top approval is where its votes went (seed ${seed})`, () => {
      expect(reasons.map((r) => r.citizen).sort()).toEqual([...new Set(result.votes.map((v) => v.citizen))].sort());
      for (const reason of reasons) {
        const citizen = campaign.citizens.find((c) => c.name === reason.citizen)!;
        expect(reason.votes.reduce((s, v) => s + v.votes, 0)).toBe(citizen.bloc);
        const best = reason.approvals[0]!.approval;
        for (const v of reason.votes) expect(reason.approvals.find((a) => a.mayor === v.mayor)!.approval).toBe(best);
      }
    });

    it(`lists the largest approval changes of each bloc, from its own changes (seed ${seed})`, () => {
      for (const reason of reasons) {
        const own = campaign.rounds.flatMap((r) => r.approvalChanges.filter((c) => c.citizen === reason.citizen).map((c) => Math.abs(c.delta)));
        const largest = [...own].sort((a, b) => b - a).slice(0, reason.moved.length);
        expect(reason.moved.map((m) => Math.abs(m.delta))).toEqual(largest);
      }
    });
  }
});
