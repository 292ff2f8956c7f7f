import type { Placing } from "../schemas/rating.ts";
import type { TablePlacing } from "../schemas/tournament.ts";

/**
 * Tournament points by final rank at a table of `tableSize` seats, bots included: the n-th place earns
 * tableSize − n points, so the last place earns 0 (at a table of 4: 3, 2, 1, 0). Mayors who tie share the places
 * they span equally (two tied for first at a table of 3 get 1.5 each). An abandoner earns 0 whatever their rank.
 */
export function placementPoints(placings: readonly Placing[], tableSize: number): TablePlacing[] {
  return placings.map((p) => {
    const tied = placings.filter((q) => q.rank === p.rank).length;
    const points = p.abandoned ? 0 : tableSize - p.rank - (tied - 1) / 2;
    return { ...p, points };
  });
}
