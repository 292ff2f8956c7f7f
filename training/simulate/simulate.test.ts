import { describe, expect, it } from "vitest";
import { localProvider } from "../../providers/local/local-provider.ts";
import { balanceReport } from "./balance.ts";
import { simulateCampaign } from "./simulate.ts";

describe("simulated campaigns of bot mayors", () => {
  it("play to the election through the engine and the local models, with speeches the extraction reads", async () => {
    const { campaign, strategies } = await simulateCampaign(11, ["green", "industrial", "balanced", "liar"], 5, localProvider);
    expect(campaign.phase).toBe("ended");
    expect(Object.values(strategies).sort()).toEqual(["balanced", "green", "industrial", "liar"]);
    expect(campaign.speeches.filter((s) => s.round === 1)).toHaveLength(4);
    expect(campaign.promises.length).toBeGreaterThan(4);
    expect(campaign.promises.some((p) => p.status === "kept")).toBe(true);
    expect(campaign.rounds.every((r) => r.approvalChanges.some((c) => c.cause === "reaction"))).toBe(true);
  });

  it("the same seed gives the same campaign", async () => {
    const a = await simulateCampaign(5, ["green", "liar"], 3, localProvider);
    const b = await simulateCampaign(5, ["green", "liar"], 3, localProvider);
    expect(JSON.stringify(a.campaign)).toBe(JSON.stringify(b.campaign));
  });

  it("the balance report counts every campaign once, and the two-faced mayor breaks more promises than anyone", async () => {
    const report = await balanceReport(24, 5);
    expect(Object.values(report.wins).reduce((a, b) => a + b, 0)).toBe(24);
    expect(Object.values(report.endings).reduce((a, b) => a + b, 0)).toBe(24);
    expect(report.broken.liar).toBeGreaterThan(Math.max(report.broken.green, report.broken.industrial, report.broken.balanced));
  });
});
