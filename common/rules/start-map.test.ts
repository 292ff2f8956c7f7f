import { describe, expect, it } from "vitest";
import { MAP_SIZE, TileType } from "../schemas/game.ts";
import { startMap } from "./start-map.ts";

/** The original's start map in ORIGINAL.md §1's letter codes. */
const LETTERS: Record<string, TileType> = {
  F: "HEALTHY_FOREST",
  R: "CLEAN_RIVER",
  A: "FARMLAND",
  W: "WASTELAND",
  X: "FACTORY",
  O: "OIL_REFINERY",
  C: "COAL_PLANT",
  I: "CITY_INNER",
  U: "CITY_OUTER",
};
const ORIGINAL_ROWS = [
  "FFFFFRRXXO",
  "FFFFFRRXCW",
  "FFFFRRRWWW",
  "FFFRRRUUUU",
  "RRRRUIIIIU",
  "RRRRUUIIIU",
  "WAAAAUIIUU",
  "WAAAAUIUUW",
  "WWAAAWUWWW",
  "WWWWWWWWWW",
];

function typeAt(x: number, y: number): TileType {
  return startMap().tiles[y * MAP_SIZE + x]!.type;
}

describe("start map", () => {
  it("has the original's tile counts, and none of the other types", () => {
    const counts = new Map<TileType, number>();
    for (const tile of startMap().tiles) counts.set(tile.type, (counts.get(tile.type) ?? 0) + 1);
    const expected: Partial<Record<TileType, number>> = {
      WASTELAND: 23,
      CLEAN_RIVER: 18,
      HEALTHY_FOREST: 17,
      CITY_OUTER: 16,
      FARMLAND: 11,
      CITY_INNER: 10,
      FACTORY: 3,
      OIL_REFINERY: 1,
      COAL_PLANT: 1,
    };
    for (const type of TileType.options) expect(counts.get(type) ?? 0, type).toBe(expected[type] ?? 0);
  });

  it("puts the refinery at (9,0), the coal plant at (8,1) and the factories at (7,0), (8,0), (7,1)", () => {
    expect(typeAt(9, 0)).toBe("OIL_REFINERY");
    expect(typeAt(8, 1)).toBe("COAL_PLANT");
    for (const [x, y] of [[7, 0], [8, 0], [7, 1]] as const) expect(typeAt(x, y)).toBe("FACTORY");
  });

  it("matches the original's map tile for tile", () => {
    const rows = Array.from({ length: MAP_SIZE }, (_, y) =>
      Array.from({ length: MAP_SIZE }, (_, x) => Object.keys(LETTERS).find((k) => LETTERS[k] === typeAt(x, y))).join(""),
    );
    expect(rows).toEqual(ORIGINAL_ROWS);
  });

  it("is a 10×10 row-major grid of fresh tiles, and a new copy on every call", () => {
    const map = startMap();
    expect(map.width).toBe(MAP_SIZE);
    expect(map.height).toBe(MAP_SIZE);
    expect(map.tiles).toHaveLength(MAP_SIZE * MAP_SIZE);
    map.tiles.forEach((tile, i) => {
      expect(tile.x).toBe(i % MAP_SIZE);
      expect(tile.y).toBe(Math.floor(i / MAP_SIZE));
      expect(tile.roundsInState).toBe(0);
    });
    map.tiles[0]!.type = "WASTELAND";
    expect(startMap().tiles[0]!.type).toBe("HEALTHY_FOREST");
  });
});
