import { describe, expect, it } from "vitest";
import type { ElectionResult, Standing } from "../schemas/campaign.ts";
import { finalRanking } from "./final-ranking.ts";

function standing(mayor: string, rank: number, votes: number, approvalSum = votes * 10, broken = 0, kept = 0): Standing {
  return { mayor, rank, votes, approvalSum, kept, broken };
}

function election(standings: Standing[]): ElectionResult {
  return { ending: "completed", votes: [], standings, winner: standings.find((s) => s.rank === 1)!.mayor, tieBreak: null };
}

describe("finalRanking", () => {
  it("follows the election's ranks when every result differs", () => {
    const result = election([standing("b", 2, 5), standing("a", 1, 9), standing("c", 3, 1)]);
    expect(finalRanking(result, []).map((p) => [p.mayor, p.rank, p.votes])).toEqual([
      ["a", 1, 9],
      ["b", 2, 5],
      ["c", 3, 1],
    ]);
  });

  it("keeps the game's own tie-breaks: equal votes decided by approval are not a tie", () => {
    const result = election([standing("a", 1, 6, 300), standing("b", 2, 6, 280), standing("c", 3, 2)]);
    expect(finalRanking(result, []).map((p) => p.rank)).toEqual([1, 2, 3]);
  });

  it("makes mayors separated only by the seeded draw share a rank, with competition ranks after them", () => {
    const result = election([standing("a", 1, 6, 300, 1, 2), standing("b", 2, 6, 300, 1, 2), standing("c", 3, 2), standing("d", 4, 2, 20)]);
    expect(finalRanking(result, []).map((p) => [p.mayor, p.rank])).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 3],
      ["d", 3],
    ]);
  });

  it("places abandoners last together, whatever their votes", () => {
    const result = election([standing("a", 1, 9), standing("b", 2, 5), standing("c", 3, 3), standing("d", 4, 1)]);
    const ranking = finalRanking(result, ["a", "c"]);
    expect(ranking.map((p) => [p.mayor, p.rank, p.abandoned])).toEqual([
      ["b", 1, false],
      ["d", 2, false],
      ["a", 3, true],
      ["c", 3, true],
    ]);
    expect(ranking.find((p) => p.mayor === "a")?.votes).toBe(9);
  });

  it("refuses an abandoner who was not in the election", () => {
    expect(() => finalRanking(election([standing("a", 1, 3), standing("b", 2, 1)]), ["z"])).toThrow(/not in the election/);
  });
});
