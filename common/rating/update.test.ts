import { describe, expect, it } from "vitest";
import type { ElectionResult } from "../schemas/campaign.ts";
import { finalRanking } from "./final-ranking.ts";
import { INITIAL_SKILL, rateCampaign, type RatedPlayer } from "./update.ts";

const id = (n: number) => `p${n.toString(16).padStart(16, "0")}`;
const fresh = (ranks: number[]): RatedPlayer[] => ranks.map((rank, i) => ({ player: id(i + 1), skill: INITIAL_SKILL, rank }));
/** The README prints three decimals, some rounded and some cut (sigma 8.1796 shows as 8.179): each within 0.001. */
function expectDocumented(changes: ReturnType<typeof rateCampaign>, documented: [number, number][]) {
  expect(changes).toHaveLength(documented.length);
  changes.forEach((c, i) => {
    const [mu, sigma] = documented[i]!;
    expect(Math.abs(c.after.mu - mu), `mu of team ${i + 1}`).toBeLessThan(0.001);
    expect(Math.abs(c.after.sigma - sigma), `sigma of team ${i + 1}`).toBeLessThan(0.001);
  });
}
const rounded = (changes: ReturnType<typeof rateCampaign>) =>
  changes.map((c) => [Number(c.after.mu.toFixed(2)), Number(c.after.sigma.toFixed(2))]);

describe("rateCampaign against openskill's documented examples", () => {
  it("starts from openskill's default prior", () => {
    expect(INITIAL_SKILL).toEqual({ mu: 25, sigma: 25 / 3 });
  });

  it("three fresh players ranked 1, 2, 3", () => {
    expect(rounded(rateCampaign(fresh([1, 2, 3])))).toEqual([
      [27.87, 8.21],
      [25.72, 8.06],
      [21.41, 8.06],
    ]);
  });

  it("the README's artificial ranking: four fresh players ranked 4, 1, 3, 2", () => {
    expectDocumented(rateCampaign(fresh([4, 1, 3, 2])), [
      [20.963, 8.084],
      [27.795, 8.263],
      [24.689, 8.084],
      [26.553, 8.179],
    ]);
  });

  it("the README's tie example (scores 37, 19, 37, 42) given as ranks 2, 4, 2, 1", () => {
    expectDocumented(rateCampaign(fresh([2, 4, 2, 1])), [
      [24.689, 8.179],
      [22.826, 8.179],
      [24.689, 8.179],
      [27.795, 8.263],
    ]);
  });
});

describe("rateCampaign properties", () => {
  const veteran = { mu: 31.2, sigma: 4.1 };

  it("keeps each player's skill before and the order given", () => {
    const players: RatedPlayer[] = [
      { player: id(7), skill: veteran, rank: 2 },
      { player: id(3), skill: INITIAL_SKILL, rank: 1 },
    ];
    const changes = rateCampaign(players);
    expect(changes.map((c) => [c.player, c.rank, c.before])).toEqual([
      [id(7), 2, veteran],
      [id(3), 1, INITIAL_SKILL],
    ]);
  });

  it("the winner gains, the last loses, and equal players who tie end equal", () => {
    const changes = rateCampaign(fresh([1, 2, 2, 4]));
    expect(changes[0]!.after.mu).toBeGreaterThan(25);
    expect(changes[3]!.after.mu).toBeLessThan(25);
    expect(changes[1]!.after).toEqual(changes[2]!.after);
  });

  it("an abandoner is rated as last, below a player who stayed with fewer votes", () => {
    const result: ElectionResult = {
      ending: "completed",
      votes: [],
      winner: "a",
      tieBreak: null,
      standings: [
        { mayor: "a", rank: 1, votes: 9, approvalSum: 90, kept: 0, broken: 0 },
        { mayor: "b", rank: 2, votes: 4, approvalSum: 40, kept: 0, broken: 0 },
        { mayor: "c", rank: 3, votes: 1, approvalSum: 10, kept: 0, broken: 0 },
      ],
    };
    const ranking = finalRanking(result, ["a"]);
    const changes = rateCampaign(ranking.map((p, i) => ({ player: id(i + 1), skill: INITIAL_SKILL, rank: p.rank })));
    const byMayor = new Map(ranking.map((p, i) => [p.mayor, changes[i]!.after.mu]));
    expect(byMayor.get("a")).toBeLessThan(byMayor.get("c")!);
    expect(byMayor.get("b")).toBeGreaterThan(byMayor.get("c")!);
  });

  it("refuses a campaign of one player or a player twice", () => {
    expect(() => rateCampaign(fresh([1]))).toThrow(/two players/);
    expect(() => rateCampaign([...fresh([1]), ...fresh([2])])).toThrow(/twice/);
  });
});
