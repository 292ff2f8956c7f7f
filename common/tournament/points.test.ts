import { describe, expect, it } from "vitest";
import type { Placing } from "../schemas/rating.ts";
import { placementPoints } from "./points.ts";

const placing = (mayor: string, rank: number, abandoned = false): Placing => ({ mayor, rank, votes: 1, abandoned });
const points = (placings: Placing[], size: number) => placementPoints(placings, size).map((p) => p.points);

describe("placementPoints", () => {
  it("gives tableSize − place: the last place earns nothing", () => {
    expect(points([placing("a", 1), placing("b", 2), placing("c", 3), placing("d", 4)], 4)).toEqual([3, 2, 1, 0]);
    expect(points([placing("a", 1), placing("b", 2), placing("c", 3)], 3)).toEqual([2, 1, 0]);
  });

  it("splits the places a tie spans, so a table always hands out the same total", () => {
    const tied = points([placing("a", 1), placing("b", 1), placing("c", 3), placing("d", 3), placing("e", 3)], 5);
    expect(tied).toEqual([3.5, 3.5, 1, 1, 1]);
    expect(tied.reduce((s, p) => s + p)).toBe(4 + 3 + 2 + 1 + 0);
  });

  it("gives an abandoner nothing, even when several share the last places", () => {
    expect(points([placing("a", 1), placing("b", 2, true), placing("c", 2, true)], 3)).toEqual([2, 0, 0]);
  });
});
