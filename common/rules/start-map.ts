import { MAP_SIZE, TileType, type CityMap } from "../schemas/game.ts";

/**
 * The original's start.map: one hex digit per tile, the digit being the index of the tile type in `TileType`.
 * Forest in the north-west, a river from the top centre to the west edge, industry in the north-east,
 * the city in the centre and south-east, farmland in the south-west, wasteland along the south.
 */
const START_ROWS = [
  "0000022779",
  "00000227A6",
  "0000222666",
  "000222CCCC",
  "2222CBBBBC",
  "2222CCBBBC",
  "64444CBBCC",
  "64444CBCC6",
  "664446C666",
  "6666666666",
];

export function startMap(): CityMap {
  const tiles = START_ROWS.flatMap((row, y) =>
    [...row].map((digit, x) => ({ x, y, type: TileType.options[parseInt(digit, 16)]!, roundsInState: 0 })),
  );
  return { width: MAP_SIZE, height: MAP_SIZE, tiles };
}
