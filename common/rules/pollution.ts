import type { TileChange } from "../schemas/campaign.ts";
import type { CityMap, Tile, TileType } from "../schemas/game.ts";
import {
  EMISSIONS,
  FOREST_DEATH_AFTER,
  FOREST_TILES_PER_REGROWTH_POINT,
  POLLUTION_RANGE,
  RESEARCH_PER_CENTER_PER_ROUND,
  RIVER_HEALS_AFTER,
  TILE_WEIGHTS,
} from "./constants.ts";

export interface PassiveResult {
  map: CityMap;
  changes: TileChange[];
  delta: { ecology: number; economy: number; research: number };
}

const POLLUTES: Partial<Record<TileType, TileType>> = {
  CLEAN_RIVER: "POLLUTED_RIVER",
  HEALTHY_FOREST: "SICK_FOREST",
  FARMLAND: "DEAD_FARMLAND",
};

interface Polluter {
  tile: Tile;
  range: number;
}

function pollutersOf(map: CityMap): Polluter[] {
  const out: Polluter[] = [];
  for (const tile of map.tiles) {
    const range = POLLUTION_RANGE[tile.type];
    if (range !== undefined) out.push({ tile, range });
  }
  return out;
}

function distance(a: Tile, b: Tile): number {
  return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
}

function inRangeOfPolluter(polluters: readonly Polluter[], tile: Tile): boolean {
  return polluters.some((p) => p.tile !== tile && distance(p.tile, tile) <= p.range);
}

/**
 * The polluter answerable for pollution reaching a tile: the nearest one in range (the first in row-major order on a
 * tie), or null when none reaches it. Polluters never change passively, so the map before or after a tick gives the same.
 */
export function nearestPolluter(map: CityMap, tile: Tile): Tile | null {
  let best: Tile | null = null;
  for (const p of pollutersOf(map)) {
    const d = distance(p.tile, tile);
    if (d > 0 && d <= p.range && (best === null || d < distance(best, tile))) best = p.tile;
  }
  return best;
}

/** What one tile turning into another passively does to the bars. */
export function weightChange(from: TileType, to: TileType): { ecology: number; economy: number } {
  const a = TILE_WEIGHTS[from] ?? { ecology: 0, economy: 0 };
  const b = TILE_WEIGHTS[to] ?? { ecology: 0, economy: 0 };
  return { ecology: b.ecology - a.ecology, economy: b.economy - a.economy };
}

/**
 * The end-of-round city tick, in the original's order: pollution spreads from the polluters as they stood at the
 * start of the tick (no chaining), sick forests die, clean rivers heal; then emissions, forest regrowth and research growth.
 */
export function passiveTick(map: CityMap): PassiveResult {
  const changes: TileChange[] = [];
  const delta = { ecology: 0, economy: 0, research: 0 };
  const polluters = pollutersOf(map);
  const tiles = map.tiles.map((tile): Tile => {
    const polluted = inRangeOfPolluter(polluters, tile);
    const pollutedType = POLLUTES[tile.type];
    let to: TileType = tile.type;
    let cause = "";
    if (polluted && pollutedType) {
      to = pollutedType;
      cause = "pollution";
    } else if (tile.type === "SICK_FOREST" && tile.roundsInState >= FOREST_DEATH_AFTER) {
      to = "WASTELAND";
      cause = "forest died";
    } else if (tile.type === "POLLUTED_RIVER" && !polluted && tile.roundsInState + 1 >= RIVER_HEALS_AFTER) {
      to = "CLEAN_RIVER";
      cause = "river healed";
    }
    if (to === tile.type) {
      const pollutedRiverStillPolluted = tile.type === "POLLUTED_RIVER" && polluted;
      return { ...tile, roundsInState: pollutedRiverStillPolluted ? 0 : tile.roundsInState + 1 };
    }
    const change = weightChange(tile.type, to);
    delta.ecology += change.ecology;
    delta.economy += change.economy;
    changes.push({ x: tile.x, y: tile.y, from: tile.type, to, cause });
    return { ...tile, type: to, roundsInState: 0 };
  });
  let healthyForests = 0;
  let centers = 0;
  for (const tile of tiles) {
    delta.ecology -= EMISSIONS[tile.type] ?? 0;
    if (tile.type === "HEALTHY_FOREST") healthyForests++;
    if (tile.type === "RESEARCH_CENTER") centers++;
  }
  delta.ecology += Math.floor(healthyForests / FOREST_TILES_PER_REGROWTH_POINT);
  delta.research += centers * RESEARCH_PER_CENTER_PER_ROUND;
  return { map: { ...map, tiles }, changes, delta };
}
