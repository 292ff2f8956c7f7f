import { MAP_SIZE, type CityMap, type TileType } from "../schemas/game.ts";
import { TILE_LABELS } from "./labels.ts";

/** Neighbours that make a tile easy to find, best first, with how a sentence says "next to it". */
const LANDMARKS: readonly { types: readonly TileType[]; words: string }[] = [
  { types: ["CLEAN_RIVER", "POLLUTED_RIVER"], words: "by the river" },
  { types: ["CITY_INNER"], words: "near the city centre" },
  { types: ["OIL_REFINERY"], words: "next to the refinery" },
  { types: ["COAL_PLANT"], words: "next to the coal plant" },
  { types: ["FARMLAND", "DEAD_FARMLAND"], words: "by the farms" },
  { types: ["HEALTHY_FOREST", "SICK_FOREST"], words: "at the edge of the forest" },
  { types: ["CITY_OUTER"], words: "in the suburbs" },
];

function region(x: number, y: number): string {
  const third = (v: number) => (v < MAP_SIZE * 0.3 ? 0 : v >= MAP_SIZE * 0.7 ? 2 : 1);
  const ns = ["north", "", "south"][third(y)]!;
  const we = ["west", "", "east"][third(x)]!;
  if (ns === "" && we === "") return "in the middle of town";
  return `in the ${ns}${ns && we ? "-" : ""}${we}`;
}

/**
 * Where a tile is, in words a player can find on the map ("by the river", "in the north-east"): the best landmark
 * among its eight neighbours that is not of its own kind, or else its part of the map. Never coordinates.
 */
export function whereIs(map: CityMap, x: number, y: number): string {
  const own = map.tiles[y * MAP_SIZE + x]!.type;
  const around: TileType[] = [];
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const nx = x + dx;
      const ny = y + dy;
      if ((dx !== 0 || dy !== 0) && nx >= 0 && ny >= 0 && nx < MAP_SIZE && ny < MAP_SIZE) around.push(map.tiles[ny * MAP_SIZE + nx]!.type);
    }
  }
  const landmark = LANDMARKS.find((l) => !l.types.includes(own) && around.some((t) => l.types.includes(t)));
  return landmark?.words ?? region(x, y);
}

/**
 * A tile named for players: "Mara's coal plant" when a mayor built it, else "the coal plant by the river".
 * `type` may differ from the map's tile (what stood there before an action).
 */
export function placeName(map: CityMap, x: number, y: number, type: TileType, ownerName: string | null): string {
  return ownerName !== null ? `${ownerName}'s ${TILE_LABELS[type]}` : `the ${TILE_LABELS[type]} ${whereIs(map, x, y)}`;
}
